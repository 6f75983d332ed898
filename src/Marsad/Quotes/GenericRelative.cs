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
}
