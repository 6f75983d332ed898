using Marsad.Entities;
using Marsad.Entities.Gazetteer;

namespace Marsad.Quotes;

/// <summary>
/// Where the subject written after a verb of saying starts: the dates, commas, resumptive prepositions, abbreviated titles
/// and the one spoken to that may stand between the verb and its subject are stepped over. The phrase itself is read by
/// <see cref="SpeakerFinder.At"/>, as the subject before a verb is found by <see cref="SubjectBeforeCue"/>; moved whole
/// out of <see cref="SpeakerFinder.After"/> (split51) so what lies between the verb and its subject reads and tests alone.
/// </summary>
internal sealed class SubjectAfterCue(QuoteContext context, SpeakerFinder speakers)
{
    private readonly QuoteContext _c = context;

    /// <summary>The first token after the verb at <paramref name="cue"/> that may begin its subject (<paramref name="sentenceEnd"/>
    /// when none); <paramref name="afterComma"/> tells whether a comma was stepped over, after which a word with و opens a
    /// circumstantial clause rather than the subject (<see cref="SpeakerFinder.After"/>).</summary>
    public int Start(int cue, int sentenceEnd, out bool afterComma)
    {
        var i = cue + 1;
        afterComma = false;
        // Dates and commas may stand between the verb and its subject: «قالت، الإثنين 12 سبتمبر، إن…» has none.
        // So may a preposition with the pronoun of a relative clause: «في وقت أكدت فيه شركة…», and the one spoken to:
        // «قال لي عمر», «ذكر له الكاتب أن…».
        // So may an outlet spoken to, named in marks after لـ: «وقال لـ"الاقتصادية" خالد العمري إن…».
        while (i < sentenceEnd)
        {
            if (_c.IsComma(i) || _c.InTime(i) || PrepositionWithPronoun(i) || _c.Lexicon.IsAddressee(_c.Key(i)))
            {
                afterComma |= _c.IsComma(i);
                i++;
            }
            else if (AbbreviatedTitle(i, sentenceEnd)) i += 2;
            else if (AddresseeInMarksEnd(i, sentenceEnd) is { } after) i = after;
            else if (NamedAddressee(i) is { } spokenTo) i = spokenTo.EndToken;
            else break;
        }
        return i;
    }

    /// <summary>«وقال م. خالد العمري», «وأكد أ.د. فهد المطيري»: a title abbreviated with a full stop before the subject (an initial
    /// or a word of abbreviations.txt, as the sentence splitter reads it) is stepped over; the name after it speaks.</summary>
    private bool AbbreviatedTitle(int token, int sentenceEnd) =>
        _c.IsWord(token) && token + 2 < sentenceEnd && _c.IsAbbreviationDot(token + 1) && _c.IsWord(token + 2);

    /// <summary>The token after a short name in marks that the preposition at <paramref name="token"/> governs (لـ"الاقتصادية"),
    /// when a word or a comma follows it («وقال لـ"الاقتصادية"، فهد العمري»: the comma is stepped over as after the verb);
    /// null otherwise.</summary>
    private int? AddresseeInMarksEnd(int token, int sentenceEnd) =>
        _c.IsWord(token) && _c.Lexicon.IsMarksAddressee(_c.Key(token)) && token + 1 < sentenceEnd
        && _c.SegmentOpeningAt(token + 1) is { WordCount: <= SpeakerFinder.MaxNameInMarks } name && name.Close + 1 < sentenceEnd
        && (_c.IsWord(name.Close + 1) || _c.IsComma(name.Close + 1))
            ? name.Close + 1 : null;

    /// <summary>
    /// «وقالت لرويترز إن…», «وصرح لوكالة الأنباء الألمانية بأن…»: a body, or an entity the gazetteer knows, named with the
    /// preposition ل right after the verb is the one spoken to, never the subject, which has no preposition; the subject
    /// after it speaks, or none is written. An unknown person's name is left alone: names opening with ل are read by the
    /// segmenter as carrying it («ليسيل»), and so is a name that holds the ل itself («لجنة الانتخابات»).
    /// </summary>
    private EntityMention? NamedAddressee(int token) =>
        _c.MentionAt(token) is { } named && (named.Type == EntityType.ORG || !EntityId.IsUnknown(named.EntityId))
        && _c.HasProclitic(token, "ل") && named.Span.Start > _c.Tokens[token].Span.Start ? named : null;

    /// <summary>A resumptive preposition of speaker-stops.tsv carrying a pronoun (فيه، فيها).</summary>
    private bool PrepositionWithPronoun(int token) =>
        _c.IsWord(token) && speakers.HasEnclitic(token) && _c.Base(token) is { } stem && _c.Lexicon.IsResumptivePreposition(stem);
}
