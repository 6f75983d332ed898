using Marsad.Events.Domain;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Conditions (a particle of conditions.tsv read by <see cref="ConditionParticles"/>: إذا، لو، في حال، ما لم; «ما إذا»,
/// whether, and «في حالة» open no consequence, and a bare «حال», upon, «حال وصوله», no condition). PLOVER codes «will do X if Y» as a
/// threat when X is a harm: «إذا لم تتوقف الهجمات على القرى، فإننا سنلاحق العصابات وندمر معسكراتها» is THREATEN/violence,
/// «سنفرض رسوماً جمركية … إذا لم تتغير سياسة الدعم» THREATEN/restrict (<see cref="HarmThreat"/>). The condition itself
/// names an act that has not happened («إذا هاجمت إسرائيل منشآتنا»): no event, unless a verb of going on with it
/// (<c>continuation</c>: «إذا واصل إطلاق الصواريخ») says it is under way or it is the condition's topic
/// («ما لم يتم التحقيق في مقتل الصحفي»): <see cref="ConditionParticles.Told"/>. A condition about the past («إذا كان
/// التنظيم قد أعطى الإشارة، فإنه قد نفذ هجوما») threatens nothing: its consequence is a conclusion (<see cref="ConditionParticles.AboutThePast"/>);
/// nor does a consequence with a court's sentence in it («في حال إدانة المتهم، قد تحكم عليه المحكمة بالسجن»): the law's course.
/// The consequence follows the condition after a comma or a word with ف (<c>consequence</c>: فإن، فإننا، فسوف); with
/// neither, it is the clause before the particle, where only a future act (سـ) is the threatened one.
/// A sentence may hold several conditions («إذا … فسنرد، ولو …»): an act is read against the nearest particle before it.
/// Runs after the arguments, intent complements and included acts, before modality: a threat is made now, whatever its tense.
/// </summary>
public sealed class ConditionalThreats(EventLanguage language)
{
    private readonly ConditionParticles _particles = new(language);
    private readonly ConditionFilter _conditions = new(language);

    private static readonly HashSet<PloverType> Harms = [PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION];

    /// <summary>How far the consequence reaches after it opens: its verb and what is joined to it («سنلاحق العصابات … وندمر»), not the clauses a long sentence goes on with.</summary>
    private const int ConsequenceReach = 12;

    public List<DraftEvent> Filter(EventText text, List<DraftEvent> drafts)
    {
        // The acts found since ConditionFilter ran (intent complements, included acts) are decided by it too.
        drafts = drafts.Where(d => !_conditions.Conditioned(text, d.Trigger)).ToList();
        if (drafts.Count == 0) return drafts;
        foreach (var sentence in text.Sentences)
        {
            var end = Math.Min(sentence.EndToken, text.Tokens.Count);
            List<int>? particles = null;
            for (var t = sentence.FirstToken; t < end; t++)
                if (_particles.Opens(text, t)) (particles ??= []).Add(t);
            if (particles is null) continue;
            var courts = CourtConsequences(text, drafts, sentence.Index, particles, end);
            foreach (var draft in drafts)
            {
                var at = draft.Trigger.First;
                if (draft.Trigger.Sentence != sentence.Index || draft.Type == PloverType.THREATEN) continue;
                // «إذا … فإننا سنلاحق …، وإذا …»: each condition governs what follows it up to its consequence.
                var before = particles.FindLastIndex(p => p < at);
                var threatened = false;
                if (before >= 0)
                {
                    var consequence = _particles.ConsequenceStart(text, particles[before], end);
                    if (at < consequence) continue;
                    // «إذا كان التنظيم قد أعطى الإشارة، فإنه قد نفذ هجوما»: a condition about the past draws a conclusion,
                    // unless the consequence speaks of the future («إذا كانت إيران قد هاجمت، فسنرد»).
                    threatened = consequence < end && at < consequence + ConsequenceReach
                        && (!_particles.AboutThePast(text, particles[before], consequence) || _particles.FutureBetween(text, consequence, at));
                }
                // «سنفرض رسوماً … إذا لم تتغير»: with no consequence after the next condition, it is the future act before it.
                if (!threatened && before + 1 < particles.Count)
                    threatened = draft.Trigger.Future && _particles.ConsequenceStart(text, particles[before + 1], end) == end;
                if (threatened && Harms.Contains(draft.Type) && !courts.Contains(before)) HarmThreat.Recode(draft, draft);
            }
        }
        return drafts;
    }

    /// <summary>
    /// The conditions (indices into <paramref name="particles"/>) whose consequence holds a court's sentence: what a court
    /// may pass, the conviction and the prison term it names («في حال إدانة المتهم، قد تحكم عليه المحكمة بالسجن»), is the
    /// law's course, nobody's threat.
    /// </summary>
    private HashSet<int> CourtConsequences(EventText text, List<DraftEvent> drafts, int sentence, List<int> particles, int end)
    {
        var courts = new HashSet<int>();
        foreach (var draft in drafts)
        {
            if (draft.Trigger.Sentence != sentence || draft.Mode != "convict") continue;
            var before = particles.FindLastIndex(p => p < draft.Trigger.First);
            if (before >= 0 && draft.Trigger.First >= _particles.ConsequenceStart(text, particles[before], end)) courts.Add(before);
        }
        return courts;
    }
}
