using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// The complementiser after a modality cue that frames the act only across it: «وافقت الحركة أن تتفاوض» (agree_that),
/// «تدعي الحركة أن مقاتليها أسقطوا …» (claim_that), «أعرب عن أمله أن تنسحب القوات» (hope_that, <see cref="ProjectedAct"/>).
/// Moved whole out of <see cref="ModalityResolver"/> (split51), so the cue passes that read it ask this type, not the resolver.
/// </summary>
internal static class CueComplement
{
    private const int ClaimComplementReach = 4;

    // «تدعي الحركة أن مقاتليها أسقطوا …»: a complementiser (arguments.tsv complement), written alone, within a subject's
    // reach after the cue and before the trigger; «فإنه» after «طفل يدعى راشد» opens a main clause, no complement.
    public static bool Between(EventLanguage language, EventText text, int cue, int trigger) =>
        At(language, text, cue, trigger) >= 0;

    /// <summary>The complementiser <see cref="Between"/> finds, or -1.</summary>
    public static int At(EventLanguage language, EventText text, int cue, int trigger)
    {
        var words = 0;
        for (var t = cue + 1; t < trigger && words < ClaimComplementReach; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] is var a and >= 0 && t > text.Actors[a].First) continue;
            words++;
            var whole = text.Words[t].Forms.Count > 0 ? text.Words[t].Forms[0] : "";
            if (language.IsCue("complement", whole) || language.IsCue("complement_pronoun", whole)) return t;
        }
        return -1;
    }
}
