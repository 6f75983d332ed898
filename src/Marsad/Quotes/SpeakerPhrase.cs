using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// The words that name a speaker, token range [<see cref="First"/>, <see cref="End"/>), and the speaker they give:
/// an entity (a mention linked to it) or, for an unnamed source, the words with a null entity id. <see cref="Anaphoric"/>:
/// a lone definite noun the article does not resolve by itself (الرئيس، البيان), which refers back to an earlier speaker.
/// </summary>
internal sealed record SpeakerPhrase(int First, int End, QuoteSpeaker Speaker)
{
    public bool Anaphoric { get; init; }

    /// <summary>For an anaphoric noun, its head noun (matching key, no article) and the fuller description an earlier
    /// sentence gave with it (المبعوث → المبعوث الأممي إلى ليبيا), if any.</summary>
    public string? Noun { get; init; }

    public SpeakerPhrase? Description { get; init; }

    /// <summary>For an anaphoric noun: whether it can stand for a person named before (a person's title or office:
    /// الوزير، السفير، المتحدث), so the last person may be meant; a group (الباحثون) or a body (الحكومة) cannot.</summary>
    public bool CanBeAPerson { get; init; }

    /// <summary>For an anaphoric noun: a statement or message (البيان، الرسالة), which speaks for the body that issued it.</summary>
    public bool Statement { get; init; }
}
