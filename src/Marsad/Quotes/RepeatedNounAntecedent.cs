using Marsad.Entities;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Quotes;

/// <summary>
/// A definite noun standing alone as a speaker («الوزارة», «التقرير», «المبعوث», «المتحدث») repeats a fuller phrase the
/// article gave earlier with the same noun; these find what that phrase named: the body whose name the noun opens, the
/// issuer of an earlier report, the fuller description, the spokesperson named for the same body. Its own type because
/// looking back over the article is a concern apart from reading the phrase at the cue; the earlier phrases are read by
/// <see cref="SpeakerFinder.At"/> without antecedents, so that a repeated noun never chains back further.
/// </summary>
internal sealed class RepeatedNounAntecedent(QuoteContext context, SpeakerFinder speakers)
{
    private readonly QuoteContext _c = context;

    /// <summary>«الوزارة» after «وزارة الخارجية الفلسطينية»: the last body whose name starts with the same noun.</summary>
    // Events resolve a bare definite group noun on purpose differently (Events.Arguments.ActorStates.NamedBefore, which
    // says how): there the antecedent is an event actor phrase matched by word forms; here a speaker is an entity-layer
    // ORG/GPE mention of two or more tokens, matched by the key of its first word.
    public EntityMention? Antecedent(int token)
    {
        var key = _c.Key(token);
        if (CliticSegmenter.WithoutConjunction(key, 4) is var bare && CliticSegmenter.OpensWithArticle(bare)) key = bare;
        if (!CliticSegmenter.OpensWithArticle(key) || key.Length < 5) return null;
        var noun = key[2..];
        EntityMention? found = null;
        foreach (var m in _c.Input.Entities.Mentions)
        {
            if (m.FirstToken >= token) break;
            if (m.Type is not (EntityType.ORG or EntityType.GPE) || m.EndToken - m.FirstToken < 2) continue;
            var space = m.Text.IndexOf(' ');
            var head = MatchingKey.Of(space > 0 ? m.Text[..space] : m.Text);
            if (head == noun || head == key) found = m;
        }
        return found;
    }

    /// <summary>The body an earlier report or study of the same noun was issued by, when the nearest one the article
    /// introduced (indefinite, or with words after it) named one.</summary>
    public QuoteSpeaker? EarlierIssuer(int token)
    {
        foreach (var (k, earlier) in EarlierPhrases(token))
        {
            if (earlier.Speaker.EntityId is { } id && !EntityId.Is(id, EntityType.PER)) return earlier.Speaker;
            // The nearest report introduced with words of its own («تقرير أصدرته مؤخرا وكالة التنمية») is the one meant.
            if (!speakers.Definite(k) || earlier.End - earlier.First > 1) return null;
        }
        return null;
    }

    /// <summary>
    /// «المبعوث» after «بالمبعوث الأممي إلى ليبيا»: a definite noun standing alone repeats the fuller description an
    /// earlier sentence gave with the same noun; the speaker is what that description names (a person in apposition to it,
    /// its holder, or its words).
    /// </summary>
    public SpeakerPhrase? EarlierDescription(int token)
    {
        foreach (var (_, earlier) in EarlierPhrases(token))
            if (earlier.End - earlier.First > 1) return earlier;
        return null;
    }

    /// <summary>
    /// «وقال المتحدث باسم الأجهزة الأمنية الفلسطينية» after «المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية اللواء عدنان
    /// الضميري»: the spokesperson the article named earlier for the same body, else null (the body speaks).
    /// </summary>
    public QuoteSpeaker? EarlierSpokesperson(int token, string? bodyId)
    {
        if (bodyId is null) return null;
        foreach (var (_, earlier) in EarlierPhrases(token))
        {
            if (earlier.Speaker.EntityId is not { } id || !EntityId.Is(id, EntityType.PER)) continue;
            for (var t = earlier.First; t < earlier.End; t++)
                if (_c.MentionAt(t) is { } m && m.EntityId == bodyId) return earlier.Speaker;
        }
        return null;
    }

    private const int MaxAntecedentDistance = 400;

    /// <summary>
    /// The phrases read at the earlier words of the same bare noun as <paramref name="token"/>, nearest first, within
    /// <see cref="MaxAntecedentDistance"/> tokens: where a repeated noun («التقرير», «المبعوث», «المتحدث») looks for the
    /// fuller phrase it repeats.
    /// </summary>
    private IEnumerable<(int Token, SpeakerPhrase Phrase)> EarlierPhrases(int token)
    {
        var noun = speakers.BareSpan(token).ToString();
        for (var k = token - 1; k >= 0 && token - k <= MaxAntecedentDistance; k--)
        {
            if (!_c.IsWord(k) || !speakers.BareSpan(k).SequenceEqual(noun)) continue;
            if (speakers.At(k, _c.SentenceEnd(k), antecedents: false) is { } earlier) yield return (k, earlier);
        }
    }
}
