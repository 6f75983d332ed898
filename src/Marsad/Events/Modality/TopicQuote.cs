using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// An act between quote marks opened right after a preposition of topic (modality.tsv `topic`: عن، حول، بشأن) that a verb
/// of talking (`tell_about`) or a word for what was told (`report`) governs within <see cref="Window"/> words, «تحدث
/// المتحدث عن «قصف طال الأحياء السكنية»», is told on the talker's word: reported, as an act noun right after the
/// preposition is. The quoted clause may hold verbs and run long, so it is read from the opening mark, not from the act.
/// </summary>
public sealed class TopicQuote(EventLanguage language)
{
    /// <summary>Words (past skippable tokens) from the preposition back to the verb of talking: a subject and a time between.</summary>
    private const int Window = 6;

    private readonly Arguments.ClauseSyntax _syntax = new(language);

    /// <summary>The trigger at <paramref name="trigger"/> stands in a quote told of through a preposition of topic.</summary>
    public bool Told(EventText text, int trigger, int sentenceStart)
    {
        var open = TriggerFinder.OpeningQuoteBefore(text, trigger, sentenceStart);
        if (open < 0) return false;
        var topic = UnrealizedAct.Previous(text, open - 1, sentenceStart);
        if (topic < 0 || !language.IsModalityCue("topic", text.Words[topic])) return false;
        var words = 0;
        for (var t = topic - 1; t >= sentenceStart && words < Window; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t)) return false;
            words++;
            if (language.IsModalityCue("tell_about", text.Words[t]) || language.IsModalityCue("report", text.Words[t])) return true;
        }
        return false;
    }
}
