using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// The arguments of one event mention while <see cref="ArgumentResolver"/> reads them: the sentence it stands in (after a
/// wire dateline, which names where and through whom, never who acted), the phrases found so far for its source and
/// target, and what a complementiser's pronoun stands for. Each step of the resolver reads and fills this state.
/// </summary>
public sealed class MentionArguments
{
    public MentionArguments(EventText text, IReadOnlyList<DraftEvent> drafts, int index, bool[] isTrigger, IReadOnlyDictionary<int, DraftEvent> draftAt)
    {
        Text = text;
        Drafts = drafts;
        Index = index;
        IsTrigger = isTrigger;
        DraftAt = draftAt;
        var sentence = text.Sentences[M.Sentence];
        End = Math.Min(sentence.EndToken, text.Tokens.Count);
        // «بنوم بنه - رويترز: سجنت محكمة …»: the dateline names where and through whom, never who acted.
        SentenceStart = Dateline.End(text, sentence.FirstToken, End);
        TargetFrom = M.End;
    }

    public EventText Text { get; }
    public IReadOnlyList<DraftEvent> Drafts { get; }
    public int Index { get; }

    /// <summary>A mark on the first token of every trigger of the text.</summary>
    public bool[] IsTrigger { get; }

    /// <summary>The event whose trigger starts at a token.</summary>
    public IReadOnlyDictionary<int, DraftEvent> DraftAt { get; }

    public DraftEvent Draft => Drafts[Index];
    public TriggerMatch M => Draft.Trigger;
    public int SentenceStart { get; }
    public int End { get; }

    /// <summary>The events before this one in the text.</summary>
    public IEnumerable<DraftEvent> Earlier => Drafts.Take(Index);

    // Fields, so the target search can extend the source it was given («بين X و Y»: the first party).
    public ActorPhrase? Source;
    public ActorPhrase? Target;

    /// <summary>The one a passive verb's subject or a verbal noun's accusative names as undergoing the act.</summary>
    public ActorPhrase? PassivePatient;

    /// <summary>«بين X و Y»: both parties.</summary>
    public (ActorPhrase First, ActorPhrase Second)? Parties;

    /// <summary>
    /// «وطالب المؤتمر الحكومة العراقية بالإفراج»: the phrase in a pattern's gap that could not agree with the verb, so is its
    /// object, not its subject; the recipient when the gap holds nothing the row marks.
    /// </summary>
    public ActorPhrase? GapObject;

    /// <summary>Where the recipient search starts: after the trigger and its subject.</summary>
    public int TargetFrom;

    /// <summary>«أعلنت اليونان وقبرص أنهما ستتبادلان»: the complementiser whose pronoun may be the verb's dual subject (DualSubject), or -1.</summary>
    public int VerbComplement = -1;

    /// <summary>«قال التحالف إنه لم ينفذ غارات»: the subject is the complementiser's pronoun, standing for the main clause's subject.</summary>
    public EventActor? PronounSubject;

    /// <summary>«أكدت الوزارة أنها لم تتلق طلبا»: the complementiser's pronoun received; it is the recipient.</summary>
    public EventActor? PronounReceiver;

    /// <summary>«قال الوزير إنها ترفض»: the complementiser's pronoun stands for none of the sentence's actors; the subject is unknown.</summary>
    public bool PronounDisagreed;
}
