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
}
