namespace Marsad.Quotes;

/// <summary>
/// «ومن يعتقد أن الأزمة انتهت فهو واهم», «من قال إن الطريق سهل؟»: a generic relative (generic-relatives.tsv: من، كل من)
/// opening its clause right before a verb of saying makes the verb's subject "whoever", a figure the writer answers, so
/// what follows is said by no one. Without it the verb fell back to the article's last speaker. The phrase must open its
/// clause: after another word «من» names a party that speaks («وهناك من يرى», «هو أول من قال»).
/// </summary>
internal sealed class GenericRelative(QuoteContext context)
{
    private readonly QuoteContext _c = context;

    /// <summary>Whether such a phrase ends right before <paramref name="cue"/>.</summary>
    public bool Before(int cue)
    {
        var sentenceStart = _c.SentenceStart(cue);
        foreach (var words in _c.Lexicon.GenericRelatives)
        {
            var first = cue - words.Count;
            if (first < sentenceStart || !_c.PhraseAt(first, words)) continue;
            if (first == sentenceStart || !_c.IsWord(first - 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// «ولن يعتقد أحدنا أن…», «كلنا نعرف أن…»: "one of us", "all of you" (generic-persons.tsv) written as the subject right
    /// after or right before <paramref name="cue"/> is anyone among the writer and the readers; the verb reports no one's words.
    /// </summary>
    public bool Person(int cue)
    {
        var sentenceStart = _c.SentenceStart(cue);
        var sentenceEnd = _c.SentenceEnd(cue);
        foreach (var words in _c.Lexicon.GenericPersons)
        {
            if (cue + 1 + words.Count <= sentenceEnd && _c.PhraseAt(cue + 1, words)) return true;
            if (cue - words.Count >= sentenceStart && _c.PhraseAt(cue - words.Count, words)) return true;
        }
        return false;
    }
}
