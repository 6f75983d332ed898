using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Events.Actors;
using Marsad.Events.Arguments;
using Marsad.Events.Domain;
using Marsad.Events.Incidents;
using Marsad.Events.Lexicon;
using Marsad.Events.Modality;
using Marsad.Quotes;
using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>What the event coder reads of an analysed article (<paramref name="Published"/>: its date, the publication date
/// the time step settled on and resolved relative times against; the one article date of the events step: the day a weekly
/// observance is counted back from, <see cref="ObservanceDays"/>, and the day background is judged by,
/// <see cref="Domain.BackgroundFilter"/>).</summary>
public sealed record EventInput(
    string Text,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<WordAnalysis?>? Words,
    ArticleEntities Entities,
    IReadOnlyList<TimeExpression>? Times,
    IReadOnlyList<Quote>? Quotes,
    DateOnly? Published = null);

/// <summary>The events and cyber incidents of one article.</summary>
public sealed record ArticleEvents(IReadOnlyList<Event> Events, IReadOnlyList<CyberIncident> Incidents);

/// <summary>
/// Codes the events of an article in PLOVER by running its passes in order over one <see cref="EventText"/>: actor
/// phrases, triggers (less those of sports and market sentences, those used in a physical sense and those a yes/no question asks about), quote attribution, arguments, subjects that are
/// recipients («تشكل تهديدا», «أدين بالفساد»), a state's protests coded as its complaints, intent complements, acts
/// included in a larger act (a protest's demand, a conviction's charge), conditional threats («إذا … فإننا سنلاحق»), mentions with no party that name no act (a rule, a habit, a possibility, a figure, a danger), attack anaphors, accusation links, involvement claims, refusals, modality, date
/// and place, background acts from before the news year dropped, contexts, intent coding, mention merging, reaction targets, then cyber incidents. Stateless and thread-safe.
/// </summary>
public sealed class EventCoder
{
    private static readonly Lazy<EventCoder> s_default = new(() => new EventCoder(EventLanguage.Default, EntityGazetteer.Default));

    private readonly ActorPhraseFinder _actors;
    private readonly TriggerFinder _triggers;
    private readonly QuoteAttribution _attribution;
    private readonly ArgumentResolver _arguments;
    private readonly ComplementEvents _complements;
    private readonly ConditionalThreats _conditions;
    private readonly IncludedActs _included;
    private readonly SubjectRecipient _subjectRecipients = new();
    private readonly AccusationLinker _accusations;
    private readonly RefusalCoding _refusals;
    private readonly ModalityResolver _modality;
    private readonly EventSetting _setting;
    private readonly UpcomingAct _upcoming = new();
    private readonly NarrativeDate _narrative = new();
    private readonly PriorStepDate _priorSteps;
    private readonly ArrivalDate _arrivals;
    private readonly EventContexts _contexts;
    private readonly IntentCoding _intents = new();
    private readonly StateProtest _stateProtests = new();
    private readonly MentionMerger _merger;
    private readonly ReactionTargets _reactions = new();
    private readonly IncidentBuilder _incidents;
    private readonly AttackAnaphora _anaphora;
    private readonly DomainFilter _domains;
    private readonly SenseFilter _senses;
    private readonly QuestionFilter _questions;
    private readonly ConditionFilter _conditionFilter;
    private readonly NonActFilter _nonActs;
    private readonly BackgroundFilter _background = new();
    private readonly HistoryFilter _history = new();
    private readonly InvolvementClaims _involvement;

    public EventCoder(EventLanguage language, EntityGazetteer gazetteer)
    {
        Language = language;
        _actors = new ActorPhraseFinder(language, gazetteer);
        _triggers = new TriggerFinder(language);
        _attribution = new QuoteAttribution(language, gazetteer);
        _arguments = new ArgumentResolver(language);
        _complements = new ComplementEvents(language);
        _conditions = new ConditionalThreats(language);
        _included = new IncludedActs(language);
        _accusations = new AccusationLinker(language);
        _refusals = new RefusalCoding(language);
        _modality = new ModalityResolver(language, new ClosingAttribution(QuoteLexicon.Default, language));
        _setting = new EventSetting(language);
        _priorSteps = new PriorStepDate(language);
        _arrivals = new ArrivalDate(language);
        _contexts = new EventContexts(language);
        _incidents = new IncidentBuilder(language);
        _anaphora = new AttackAnaphora(language);
        _domains = new DomainFilter(language.Domains, language.DomainMarkers, language.CivicDomains);
        _senses = new SenseFilter(language);
        _questions = new QuestionFilter(language.QuestionParticles);
        _conditionFilter = new ConditionFilter(language);
        _nonActs = new NonActFilter(language);
        _merger = new MentionMerger(language);
        _involvement = new InvolvementClaims(language);
    }

    public static EventCoder Default => s_default.Value;

    public EventLanguage Language { get; }

    public ArticleEvents Code(EventInput input)
    {
        var text = Prepare(input);
        var drafts = _triggers.Find(text).Select(t => new DraftEvent(t)).ToList();
        _domains.Filter(text, drafts);
        _senses.Filter(text, drafts);
        _questions.Filter(text, drafts);
        _conditionFilter.Filter(text, drafts);
        _attribution.Attribute(text, drafts);
        _arguments.Resolve(text, drafts);
        _subjectRecipients.Resolve(drafts);
        _stateProtests.Recode(text, drafts);
        drafts = _complements.Filter(text, drafts);
        drafts = _included.Filter(text, drafts);
        drafts = _conditions.Filter(text, drafts);
        _nonActs.Filter(text, drafts);
        _anaphora.Resolve(text, drafts);
        _accusations.Link(text, drafts);
        var claims = _involvement.Find(text, drafts);
        _refusals.Recode(text, drafts);
        _modality.Resolve(text, drafts);
        _setting.Resolve(text, drafts, input.Published);
        _upcoming.Mark(drafts, input.Published);
        _narrative.Carry(text, drafts);
        _priorSteps.Carry(text, drafts);
        _arrivals.Carry(text, drafts);
        _background.Filter(text, drafts, input.Published);
        _history.Filter(text, drafts, input.Published);
        _contexts.Resolve(text, drafts);
        _intents.Recode(drafts);
        var events = _reactions.Resolve(text, _merger.Merge(text, drafts));
        return new ArticleEvents(events, _incidents.Build(text, events, claims));
    }

    public EventText Prepare(EventInput input)
    {
        var words = new WordForms[input.Tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var analysis = input.Words is { } w && i < w.Count ? w[i] : CliticSegmenter.Analyze(input.Tokens[i]);
            words[i] = WordForms.For(input.Tokens[i], analysis);
        }
        var actors = _actors.Find(input.Text, input.Tokens, words, input.Entities);
        return new EventText(input.Text, input.Tokens, input.Sentences, words, actors, input.Times ?? [], input.Quotes, input.Entities);
    }
}
