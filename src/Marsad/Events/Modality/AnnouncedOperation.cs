using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// Which operations an announcing verb reports on its doer's word, and which operation nouns share that announcement by
/// «و»: «أعلنت الشرطة توقيف ثلاثة أشخاص …، وتفتيش منازلهم». <see cref="ModalityResolver"/> reads the announcing cue before
/// the trigger and keeps the last operation it announced; this type says what an operation is and which later mention is
/// joined to it. Moved whole out of the resolver (split51) so the join can be read and tested apart from the cue scan.
/// </summary>
public sealed class AnnouncedOperation(EventLanguage language)
{
    /// <summary>
    /// An act done in the field, apart from the words that announce it: an assault, an arrest, a raid or seizure, a
    /// cyberattack. Announcing it reports it on the doer's word; other acts (a sanction, a state of emergency, aid) are
    /// made by being announced.
    /// </summary>
    public static bool IsOperation(DraftEvent draft) =>
        draft.Type == PloverType.ASSAULT || (draft.Type == PloverType.COERCE && draft.Mode is "arrest" or "seize" or "cyber");

    /// <summary>
    /// Whether <paramref name="draft"/> is announced with <paramref name="announced"/>, the last operation an announcing
    /// verb reported: an operation noun of the same type joined to it by «و» in its clause, however long the first one's
    /// object. Of the same type only: «القبض على 431 عنصراً خططوا لإثارة الفتنة … وتفجير 7 مساجد» joins what they planned.
    /// </summary>
    public bool SharesAnnouncement(EventText text, DraftEvent? announced, DraftEvent draft, HashSet<int> verbStarts) =>
        announced is not null && announced != draft && announced.Type == draft.Type && JoinedToAnnounced(text, announced.Trigger, draft.Trigger, verbStarts) && IsOperation(draft);

    // A noun trigger opening with the conjunction «و» after the announced one in its sentence, with no clause end and no
    // other event's verb between.
    private bool JoinedToAnnounced(EventText text, TriggerMatch first, TriggerMatch m, HashSet<int> verbStarts)
    {
        if (m.Verbal || first.Sentence != m.Sentence || first.End > m.First) return false;
        var word = text.Words[m.First];
        if (!Enumerable.Range(0, word.Prefixes.Count).Any(f => word.Prefixes[f] is "و" or "وال")) return false;
        for (var t = first.End; t < m.First; t++)
            if (ModalityResolver.ClauseBreak(language, text, t) || verbStarts.Contains(t)) return false;
        return true;
    }
}
