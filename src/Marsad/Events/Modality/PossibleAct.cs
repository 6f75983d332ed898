using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Modality;

/// <summary>
/// What may or can happen, not what did: a word of possibility or ability before the mention in its clause (non-acts.tsv
/// `possible`: «يمكن أن يكونوا سبباً في تدميرها», «ربما يلجأ إلى …»), or «قد» there before an imperfect verb (`may`: «وقد
/// تدعو دول أوبك إلى خفض الإنتاج», «وقد يتخلون عن الجماعة»). Before a perfect «قد» says the act is done («قد نفذ الهجوم»,
/// «وكان قد تعهد»: a verb in ت that is also written with ي before it, «يتعهد», is read as that perfect). With no party
/// such a mention is no act (Domain/NonActFilter). With one, only «قد» makes it planned (ModalityResolver): the words of
/// ability name what anyone can do as often as what may come («يمكن زيارة القلعة», «لا يمكن أن تجد صحيفة تؤيد …»), and
/// «ربما» hedges a judgement («ربما أفضل من يقود المفاوضات»), no act to come.
/// </summary>
public sealed class PossibleAct(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>A word of possibility, or «قد» before an imperfect, before the trigger in its clause.</summary>
    public bool Marks(EventText text, TriggerMatch trigger) => Before(text, trigger, mayOnly: false);

    /// <summary>«قد» before an imperfect verb, before the trigger in its clause.</summary>
    public bool May(EventText text, TriggerMatch trigger) => Before(text, trigger, mayOnly: true);

    private bool Before(EventText text, TriggerMatch trigger, bool mayOnly)
    {
        var (start, end) = _syntax.ClauseAround(text, trigger);
        var first = trigger.WordTokens[0];
        for (var t = start; t < first; t++)
        {
            var kind = language.NonActClass(text.Words[t]);
            if (kind == "possible" && !mayOnly) return true;
            if (kind == "may" && ClauseSyntax.NextWord(text, t + 1, end) is var verb && verb < end
                && ImperfectVerbShape.IsImperfect(text.Tokens[verb].Key) && !ImperfectVerbShape.MayBeTPerfect(text.Tokens[verb].Key))
                return true;
        }
        return false;
    }
}
