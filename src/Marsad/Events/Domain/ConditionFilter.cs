using Marsad.Events.Lexicon;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the trigger matches named in a condition (Resources/Events/conditions.tsv): «إذا قررت الحكومة فرض حظر التجول»,
/// «في حال تعرضت المنشأة لهجوم», «ما لم توقع الأطراف الاتفاق» tell of an act that has not happened. The trigger is in the
/// condition when a particle stands before it in its clause with no consequence between: the condition ends at a comma,
/// a clause end (. ! ؛ : ؟) or a word opening with ف («فإن», «فسوف», «فعليها»); an act right after a preposition of
/// topic («التحقيق في مقتل الصحفي») is the condition's topic, already told, and stays. an act after «ما إذا» (whether) is asked about, no event either,
/// and a verb of going on with the act between the particle and it (continuation in arguments.tsv) says it is under way.
/// Runs with the other sense filters, before the arguments: <see cref="Arguments.ConditionalThreats"/> codes what a
/// condition's consequence threatens.
/// </summary>
public sealed class ConditionFilter(EventLanguage language)
{
    private readonly ConditionParticles _particles = new(language);

    public void Filter(EventText text, List<DraftEvent> drafts) => drafts.RemoveAll(d => Conditioned(text, d.Trigger));

    /// <summary>
    /// The trigger is named in a condition: the nearest particle before it in its sentence, with nothing closing the
    /// condition between (<see cref="ConditionParticles.Closes"/>), leaves it untold. The one decision for every pass,
    /// <see cref="Arguments.ConditionalThreats"/> asks it of the acts found after this filter ran.
    /// </summary>
    public bool Conditioned(EventText text, TriggerMatch trigger)
    {
        var start = text.Sentences[trigger.Sentence].FirstToken;
        for (var t = trigger.First - 1; t >= start; t--)
        {
            // A preposition of topic on the way is no particle («إذا تعرضت في المستقبل لهجوم»); right before the act it is Told's.
            if (_particles.Untold(text, t)) return !_particles.Told(text, t, trigger.First);
            // «فإن الشرطة ستعتقل …»: the consequence has opened, the act is told as what follows.
            if (_particles.Closes(text, t)) return false;
        }
        return false;
    }
}
