namespace Marsad.Events.Modality;

/// <summary>
/// Links an accusation to the act it accuses someone of: «اتهمت الرياض طهران بالوقوف وراء الهجوم», «الجزائر تتهم المغرب
/// باستهدافها», «الهجمات التي اتهمت الرياض طهران بالوقوف وراءها». The accused act is alleged, and its doer, when the
/// sentence does not name one, is the accused (the accusation's target).
/// </summary>
public sealed class AccusationLinker
{
    private const int Reach = 6;

    public void Link(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var accusation in drafts)
        {
            if (accusation.Type != PloverType.ACCUSE || accusation.Mode != "allege") continue;
            foreach (var act in drafts)
            {
                if (act == accusation || act.Trigger.Sentence != accusation.Trigger.Sentence || act.Type == PloverType.ACCUSE) continue;
                var after = act.Trigger.First >= accusation.Trigger.End && act.Trigger.First - accusation.Trigger.End <= Reach;
                var before = act.Trigger.End <= accusation.Trigger.First && accusation.Trigger.First - act.Trigger.End <= 2;
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
}
