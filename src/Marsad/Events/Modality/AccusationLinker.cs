using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// Links an accusation to the act it accuses someone of: «اتهمت الرياض طهران بالوقوف وراء الهجوم», «الجزائر تتهم المغرب
/// باستهدافها», «الهجمات التي اتهمت الرياض طهران بالوقوف وراءها». The accused act is alleged, and its doer, when the
/// sentence does not name one, is the accused (the accusation's target). An accusation in a participle after a comma
/// («أغلقت السلطات مكاتب صحيفة وصادرت أجهزتها، متهمة إياها بنشر أخبار كاذبة», arguments.tsv participle) goes on with the
/// main clause: it accuses someone of what follows it, not of the act before it.
/// </summary>
public sealed class AccusationLinker(EventLanguage language)
{
    private const int Reach = 6;

    public void Link(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var accusation in drafts)
        {
            if (accusation.Type != PloverType.ACCUSE || accusation.Mode != "allege") continue;
            var circumstantial = language.IsCue("participle", text.Words[accusation.Trigger.First]);
            foreach (var act in drafts)
            {
                if (act == accusation || act.Trigger.Sentence != accusation.Trigger.Sentence || act.Type == PloverType.ACCUSE) continue;
                // Counted from the accused («اتهمت الحكومة روسيا يوم الاثنين 17 مارس بشن هجوم»), over words only: dates are stepped over.
                var from = Math.Max(accusation.Trigger.End, accusation.TargetPhrase is { } accused && accused.End <= act.Trigger.First ? accused.End : 0);
                var after = act.Trigger.First >= accusation.Trigger.End && WordsBetween(text, from, act.Trigger.First) <= Reach;
                var before = act.Trigger.End <= accusation.Trigger.First && accusation.Trigger.First - act.Trigger.End <= 2 && !circumstantial;
                if (!after && !before) continue;
                if (act.Modality.Rank() < EventModality.Alleged.Rank()) act.Modality = EventModality.Alleged;
                if (act.Source is null && accusation.Target is not null)
                {
                    act.Source = accusation.Target;
                    act.SourceInferred = true;
                }
            }
        }
    }

    private static int WordsBetween(EventText text, int from, int to)
    {
        var count = 0;
        for (var t = from; t < to; t++)
            if (!text.IsSkippable(t)) count++;
        return count;
    }
}
