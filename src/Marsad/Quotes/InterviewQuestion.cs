using Marsad.LanguageData;

namespace Marsad.Quotes;

/// <summary>
/// A cue inside a question put to someone: its sentence ends in «؟» and the clause the cue stands in opens with a question
/// word (Resources/Text/questions.tsv, shared with Events): «* هل تتوقع أن…؟», «س- لماذا ترى أن…؟». The verb of thinking
/// there asks the addressee what they think; what follows it is no one's words. A speaker who asks keeps the quote: in
/// «وتساءل الوزير: هل…؟» the question word stands after the cue, in what the minister said.
/// </summary>
internal sealed class InterviewQuestion(QuoteContext context)
{
    private readonly QuoteContext _c = context;

    public bool Asks(int cue)
    {
        if (!EndsInQuestionMark(cue)) return false;
        var opener = cue;
        for (var t = cue - 1; t >= _c.SentenceStart(cue) && _c.IsWord(t); t--) opener = t;
        if (opener == cue) return false;
        var words = QuestionWords.Default.All;
        return words.Contains(_c.Key(opener)) || _c.Base(opener) is { } stem && words.Contains(stem);
    }

    /// <summary>The last mark of the cue's sentence, past closing quotation marks or brackets, is a question mark.</summary>
    private bool EndsInQuestionMark(int cue)
    {
        for (var t = Math.Min(_c.SentenceEnd(cue), _c.Count) - 1; t > cue && !_c.IsWord(t); t--)
        {
            var mark = _c.Tokens[t].Normalized;
            if (mark.Contains('؟') || mark.Contains('?')) return true;
            if (mark is not ("\"" or "»" or ")")) return false;
        }
        return false;
    }
}
