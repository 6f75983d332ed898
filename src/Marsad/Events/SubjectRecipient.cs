namespace Marsad.Events;

/// <summary>
/// Triggers whose verb's subject is the one the act is done to (target mark <c>subject</c> in triggers.tsv):
/// <list type="bullet">
/// <item>«ايران تشكل تهديدا مشتركا», «تمثل خطرا على المنطقة»: saying an actor poses a threat or a danger accuses it
/// (PLOVER ACCUSE, CAMEO 112). The one said to pose it is the target; the accuser is whoever says it, the speaker of the
/// quote the sentence stands in (none outside a quote);</item>
/// <item>«أدين الوزير بالفساد»: the subject of a passive conviction is the convicted, and the court goes unnamed;</item>
/// <item>any passive harm (<see cref="TriggerMatch.Passive"/>: «قُتل ثلاثة جنود», «اعتُقل صحفي»): its subject is the
/// one harmed, and the doer goes unnamed unless the sentence names it elsewhere (an agent «برصاص مسلحين» the arguments found).</item>
/// </list>
/// And triggers that are the speaker's own words (target mark <c>speaker</c>): an obligation laid on an actor, «قال الوزير
/// إنه يجب على مجلس الأمن أن …», has no subject of its own; whoever says it demands the act, so with no source found the
/// quote's speaker is the source (none outside a quote).
/// Runs right after the arguments, which read the subject as the source — except after a verb of receiving with its giver
/// named («تلقى لبنان مساعدات من فرنسا»), which they read already (<see cref="DraftEvent.Received"/>).
/// </summary>
public sealed class SubjectRecipient
{
    public const string Mark = "subject";

    public const string SpeakerMark = "speaker";

    // The passive's subject stands right after it (a count at most between); a source further on is an agent phrase.
    private static bool SubjectRightAfter(DraftEvent draft) =>
        draft.SourcePhrase is { } phrase && phrase.First > draft.Trigger.First && phrase.First <= draft.Trigger.End + 3;

    public void Resolve(IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Source is null && draft.Trigger.Entry.TargetMarks.Contains(SpeakerMark)) draft.Source = draft.SpeakerActor;
            // A subject carried over from an earlier clause is the sayer («وقال الوزير إنها تشكل تهديدا»), not the recipient.
            if (!(draft.Trigger.Entry.TargetMarks.Contains(Mark) || draft.Trigger.Passive && SubjectRightAfter(draft)) || draft.Source is null || draft.SourceInferred || draft.Received) continue;
            draft.Target = draft.Source;
            draft.TargetPhrase = draft.SourcePhrase;
            draft.Source = PloverTypes.IsSpeechAct(draft.Type) ? draft.SpeakerActor : null;
            draft.SourcePhrase = null;
        }
    }
}
