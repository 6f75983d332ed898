using Marsad.Events.Actors;

namespace Marsad.Events;

/// <summary>
/// An event mention while the passes work on it: each pass fills its own fields (arguments, modality, setting,
/// contexts), then <see cref="MentionMerger"/> joins drafts of one event into an <see cref="Event"/>.
/// </summary>
public sealed class DraftEvent(TriggerMatch trigger)
{
    public TriggerMatch Trigger { get; } = trigger;

    public PloverType Type { get; set; } = trigger.Entry.Type;

    public string? Mode { get; set; } = trigger.Entry.Mode;

    public string? Cameo { get; set; } = trigger.Entry.Cameo;

    public EventActor? Source { get; set; }

    public EventActor? Target { get; set; }

    /// <summary>The source came from an earlier clause (a dropped subject), not from this one.</summary>
    public bool SourceInferred { get; set; }

    /// <summary>
    /// The trigger is the verb of a relative clause on its source («قوات الأمن، التي صادرت وثائق»): a further act of that
    /// actor, not another mention of an event its sentence already named.
    /// </summary>
    public bool InRelativeClause { get; set; }

    /// <summary>
    /// A verb of receiving with the giver named («تلقى الجيش مساعدات من اليابان»): the arguments made the receiving subject
    /// the target and the giver the source already, so a row whose recipient is its subject has nothing left to swap.
    /// </summary>
    public bool Received { get; set; }

    /// <summary>The actor phrase the source came from, when it did (the accused of an accusation is its target phrase).</summary>
    public ActorPhrase? SourcePhrase { get; set; }

    public ActorPhrase? TargetPhrase { get; set; }

    /// <summary>A future negation before the trigger made this cooperative act a refusal (REJECT): the negation is the event, not its modality.</summary>
    public bool Refusal { get; set; }

    public EventModality Modality { get; set; } = EventModality.Asserted;

    /// <summary>
    /// A future or intention cue applies to the trigger, whatever modality won («كذبت الرئاسة … زيارة مرتقبة»: a denied
    /// planned visit): <see cref="IntentCoding"/> codes the intention by it.
    /// </summary>
    public bool Intended { get; set; }

    public EventAttribution? AttributedTo { get; set; }

    /// <summary>Entity id of the speaker when the trigger stands inside a quote.</summary>
    public string? SpeakerId { get; set; }

    public string? SpeakerCountry { get; set; }

    /// <summary>The speaker as an actor when the trigger stands inside a quote: the doer of a first-person or subjectless verb there («سنقدم», «اعتقلنا»).</summary>
    public EventActor? SpeakerActor { get; set; }

    /// <summary>
    /// The body an unnamed speaker serves («مسؤول في الحكومة الصومالية»; SpeakerParty), who a first-person verb in the quote
    /// stands for; null when the speaker is named, has a state, or names no body.
    /// </summary>
    public EventActor? SpeakerParty { get; set; }

    /// <summary>Where the quote the trigger stands in begins, or -1: a dropped subject inside a quote is looked for only there.</summary>
    public int QuoteStart { get; set; } = -1;

    /// <summary>The quote the trigger stands in is reported speech its attribution closes («…، بحسب مصادر أمنية»): the quote
    /// step's form of a closing attribution, which reaches no background act (ClosingAttribution.Background).</summary>
    public bool QuoteClosedByAttribution { get; set; }

    /// <summary>The trigger stands in a quote whose speaker the quote step could not name («ويمتدح عدد من الخبراء الاتفاق،
    /// قائلين بأنه يفرض قيوداً»): told on someone's word, reported, with no source to attribute it to.</summary>
    public bool InSpeakerlessQuote { get; set; }

    /// <summary>The comma an attribution closing the trigger's clause opens at («…، كما أعلنت الوزارة أمس»), or -1: a time
    /// after it is the report's day, no date of the act (EventSetting).</summary>
    public int ClosingAttributionAt { get; set; } = -1;

    /// <summary>The word of purpose or of a way opened that makes the act one still aimed at («حشدت قواتها أمس بهدف اقتحام
    /// المدينة», «يمهد الطريق أمام رفع العقوبات»: ModalityResolver), or -1: a time before it dates the act that aims, not
    /// this one (EventSetting).</summary>
    public int AimedFrom { get; set; } = -1;

    /// <summary>The mention names again an attack named earlier («الهجوم»): it joins that event and adds no actor, date or denial of its own.</summary>
    public bool Anaphoric { get; set; }

    public string? Date { get; set; }

    /// <summary>The time expression EventSetting took <see cref="Date"/> from, or null.</summary>
    public Time.TimeExpression? DatedBy { get; set; }

    public EventLocation? Location { get; set; }

    /// <summary>The state the place of <see cref="Location"/> lies in, when the gazetteer knows it: two mentions set in
    /// different states tell two happenings (MentionMerger).</summary>
    public string? LocationCountry { get; set; }

    public List<string> Contexts { get; } = [.. trigger.Entry.Contexts];
}
