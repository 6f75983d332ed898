using System.Collections.Frozen;
using System.Globalization;
using Marsad.LanguageData;

namespace Marsad.Events.Lexicon;

/// <summary>
/// The language data of the events step, read once from Resources/Events (each file's header says its scope):
/// trigger patterns, actor head nouns and sectors, modality cues, control words, argument cues, context cues,
/// cyber impact phrases, response cues, attack anaphors and involvement claims. Immutable and shared by every thread.
/// </summary>
public sealed class EventLanguage
{
    private const string Area = "Events";

    private static readonly Lazy<EventLanguage> s_default = new(() => new EventLanguage());

    public static EventLanguage Default => s_default.Value;

    private EventLanguage()
    {
        Triggers = new PhraseIndex<TriggerEntry>(ReadTriggers());
        NonTriggers = new PhraseIndex<int>(LanguageFile.DataLines(Area, "non-triggers.tsv")
            .Select(l => (PatternParser.Parse(Fields(l.Text, 2, "non-triggers.tsv", l.Number)[0]), l.Number)));
        ActorNouns = KeyedPairs("actor-nouns.tsv");
        ActorNounStates = LanguageFile.DataLines(Area, "actor-nouns.tsv").Select(l => Fields(l.Text, 2, "actor-nouns.tsv", l.Number))
            .Where(f => f.Length > 2 && f[2].Length > 0).ToFrozenDictionary(f => PatternParser.Key(f[0]), f => f[2], StringComparer.Ordinal);
        Peoples = ReadPairs("peoples.tsv").ToFrozenDictionary(p => PatternParser.Key(p.Key), p => Dash(p.Value), StringComparer.Ordinal);
        Sectors = ReadSectors();
        var modality = new Dictionary<string, (EventModality, string)>(StringComparer.Ordinal);
        var derived = new Dictionary<string, (EventModality, string)>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "modality.tsv"))
        {
            var f = Fields(line, 3, "modality.tsv", number);
            if (!EventModalities.TryParse(f[1], out var m)) throw Bad("modality.tsv", number, $"unknown modality '{f[1]}'");
            // A verb written as its perfect and imperfect («أعلن/يعلن», as in triggers.tsv) stands for its person forms,
            // derived by the one rule the trigger patterns use; a form spelled by a row of its own keeps that row.
            if (f[0].Contains('/'))
                foreach (var form in PatternParser.VerbForms(f[0], out _)) derived.TryAdd(form, (m, f[2]));
            else modality[PatternParser.Key(f[0])] = (m, f[2]);
        }
        foreach (var (form, cue) in derived) modality.TryAdd(form, cue);
        ModalityCues = modality.ToFrozenDictionary(StringComparer.Ordinal);
        ControlWords = LanguageFile.DataLines(Area, "control.tsv").Select(l => PatternParser.Key(l.Text)).ToFrozenSet(StringComparer.Ordinal);
        PassiveAuxiliaries = LanguageFile.DataLines(Area, "auxiliaries.tsv").Select(l => PatternParser.Key(l.Text)).ToFrozenSet(StringComparer.Ordinal);
        AnticipationWords = LanguageFile.DataLines(Area, "anticipation.tsv").Select(l => PatternParser.Key(l.Text)).ToFrozenSet(StringComparer.Ordinal);
        QuestionParticles = QuestionWords.Default.Polar;
        ConditionPhrases = ReadPairs("conditions.tsv")
            .Select(p => (Words: p.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PatternParser.Key).ToArray(), Kind: p.Value))
            .ToArray();
        BackdropWords = LanguageFile.DataLines(Area, "backdrop.tsv").Select(l => PatternParser.Key(l.Text)).ToFrozenSet(StringComparer.Ordinal);
        var cues = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (word, kind) in ReadPairs("arguments.tsv"))
        {
            var key = PatternParser.Key(word);
            if (!cues.TryGetValue(key, out var kinds)) cues[key] = kinds = new HashSet<string>(StringComparer.Ordinal);
            kinds.Add(kind);
        }
        ArgumentCues = cues.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _argumentCueForms = new FormFilter(ArgumentCues.Keys);
        _actorNounForms = new FormFilter(ActorNouns.Keys);
        ContextCues = KeyedPairs("contexts.tsv");
        Impacts = new PhraseIndex<int>(LanguageFile.DataLines(Area, "impacts.tsv").Select(l => (PatternParser.Parse(l.Text.Trim()), l.Number)));
        Responses = new PhraseIndex<int>(LanguageFile.DataLines(Area, "responses.tsv").Select(l => (PatternParser.Parse(l.Text.Trim()), l.Number)));
        Participation = new PhraseIndex<int>(LanguageFile.DataLines(Area, "participation.tsv").Select(l => (PatternParser.Parse(l.Text.Trim()), l.Number)));
        Compliance = new PhraseIndex<int>(LanguageFile.DataLines(Area, "compliance.tsv").Select(l => (PatternParser.Parse(l.Text.Trim()), l.Number)));
        Domains = KeyedPairs("domains.tsv");
        DomainMarkers = LanguageFile.DataLines(Area, "domains.tsv").Select(l => Fields(l.Text, 2, "domains.tsv", l.Number))
            .Where(f => f.Length > 2 && f[2] == "alone").Select(f => PatternParser.Key(f[0])).ToFrozenSet(StringComparer.Ordinal);
        CivicDomains = LanguageFile.DataLines(Area, "domains.tsv").Select(l => Fields(l.Text, 2, "domains.tsv", l.Number))
            .Where(f => f.Length > 2 && f[2] == "civic").Select(f => f[1]).ToFrozenSet(StringComparer.Ordinal);
        PhysicalSenses = KeyedPairs("physical-senses.tsv");
        AchievementSenses = KeyedPairs("achievement-senses.tsv");
        NonActWords = KeyedPairs("non-acts.tsv");
        Intentions = KeyedPairs("intentions.tsv");
        AttackAnaphors = LanguageFile.DataLines(Area, "attack-anaphora.tsv").Select(l => PatternParser.Key(l.Text.Trim())).ToFrozenSet(StringComparer.Ordinal);
        var involvement = ReadPairs("involvement.tsv").ToList();
        InvolvementLinks = new PhraseIndex<int>(involvement.Where(p => p.Value == "link").Select((p, i) => (PatternParser.Parse(p.Key), i)));
        InvolvementHedges = KindForms(involvement, "hedge");
        InvolvementClaimVerbs = KindForms(involvement, "claim");
    }

    /// <summary>A word of negative polarity (modality.tsv, where = polar: «أي» of «لم تتلق أي طلب»).</summary>
    public bool IsPolar(WordForms word) => IsModalityCue("polar", word);

    /// <summary>Whether a lookup form's prefix lets a modality cue be read there: at most a conjunction and the article
    /// («وال», «ال», «ف»), not a preposition written onto it («بالمقرر», «للتوقع»).</summary>
    public static bool IsModalityCuePrefix(string prefix) => IsConjunctionPrefix(prefix) || prefix is "ال" or "وال";

    /// <summary>Whether a lookup form's prefix is at most a conjunction (و, ف): a particle or a cue read as a word of its own.</summary>
    public static bool IsConjunctionPrefix(string prefix) => prefix is "" or "و" or "ف";

    /// <summary>Whether one of the word's lookup forms is a modality.tsv cue of place <paramref name="where"/> (polar, outcome, report, contrary…).</summary>
    public bool IsModalityCue(string where, WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (ModalityCues.TryGetValue(word.Forms[f], out var c) && c.Where == where) return true;
        return false;
    }

    /// <summary>Word (lookup form) → its class in intentions.tsv (intention, having): «ليس لدى الحكومة خطط لإرسال» negates the act planned.</summary>
    public FrozenDictionary<string, string> Intentions { get; }

    /// <summary>Whether one of the word's lookup forms, with at most a conjunction before it, is of class <paramref name="kind"/> in intentions.tsv.</summary>
    public bool IsIntentionWord(string kind, WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (IsConjunctionPrefix(word.Prefixes[f]) && Intentions.TryGetValue(word.Forms[f], out var c) && c == kind) return true;
        return false;
    }

    /// <summary>Verbs of taking part in an act (participation.tsv): under «لن» the act taken part in is help declined.</summary>
    public PhraseIndex<int> Participation { get; }

    /// <summary>Verbs of complying with a demand (compliance.tsv): negated, «لم يستجب لدعوات», a refusal.</summary>
    public PhraseIndex<int> Compliance { get; }

    /// <summary>Cue word (lookup form) → the non-political domain it marks (domains.tsv: sports, market, entertainment and the civic domains).</summary>
    public FrozenDictionary<string, string> Domains { get; }

    /// <summary>Cue words (lookup forms) that mark their domain alone (domains.tsv, third column «alone»): «المباراة».</summary>
    public FrozenSet<string> DomainMarkers { get; }

    /// <summary>Domains of civic life (domains.tsv, third column «civic»: schooling, business, culture, leisure), whose words
    /// public life shares: they silence only the talk and dealings of their own people, never force or a protest, and never
    /// beside a party of public life (<see cref="Domain.DomainFilter"/>).</summary>
    public FrozenSet<string> CivicDomains { get; }

    /// <summary>Noun (lookup form) → its class in physical-senses.tsv (nature, attention, rank, burden, manner): after a force word, its physical sense.</summary>
    public FrozenDictionary<string, string> PhysicalSenses { get; }

    /// <summary>Noun (lookup form) → its class in achievement-senses.tsv (aim, state, gain, rank, superlative): as the object of «حقق/تحقيق», "achieve".</summary>
    public FrozenDictionary<string, string> AchievementSenses { get; }

    /// <summary>Word (lookup form) → its class in non-acts.tsv (law, possible, may, habit, figure): around a mention with no party, no act.</summary>
    public FrozenDictionary<string, string> NonActWords { get; }

    /// <summary>The non-acts.tsv class of the first of the word's lookup forms listed there, or null.</summary>
    public string? NonActClass(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (NonActWords.TryGetValue(word.Forms[f], out var kind)) return kind;
        return null;
    }

    /// <summary>Fixed phrases whose words start no trigger (non-triggers.tsv): religious formulas, idioms.</summary>
    public PhraseIndex<int> NonTriggers { get; }

    /// <summary>Nouns that, definite, name again the attack an article has named (attack-anaphora.tsv), lookup forms.</summary>
    public FrozenSet<string> AttackAnaphors { get; }

    /// <summary>Phrases that stand before an attack's mention to name who is behind it (involvement.tsv, kind link).</summary>
    public PhraseIndex<int> InvolvementLinks { get; }

    /// <summary>Words that make an involvement claim a conjecture (involvement.tsv, kind hedge), lookup forms.</summary>
    public FrozenSet<string> InvolvementHedges { get; }

    /// <summary>Verbs of adopting an act, before their subject and the act (involvement.tsv, kind claim), lookup forms.</summary>
    public FrozenSet<string> InvolvementClaimVerbs { get; }

    private static FrozenSet<string> KindForms(IEnumerable<KeyValuePair<string, string>> pairs, string kind) =>
        pairs.Where(p => p.Value == kind).SelectMany(p => p.Key.Split('|')).Select(PatternParser.Key).ToFrozenSet(StringComparer.Ordinal);

    public PhraseIndex<TriggerEntry> Triggers { get; }

    /// <summary>Head noun (lookup form) → sector.</summary>
    public FrozenDictionary<string, string> ActorNouns { get; }

    /// <summary>Head noun (lookup form) → the state (ISO alpha-3) its people belong to wherever they act (actor-nouns.tsv, third column: «مستوطنون» ISR).</summary>
    public FrozenDictionary<string, string> ActorNounStates { get; }

    /// <summary>People named by a broken plural (lookup form) → the state it belongs to, null when it spans several (peoples.tsv: «العرب», «الأتراك» TUR).</summary>
    public FrozenDictionary<string, string?> Peoples { get; }

    // Every token is asked whether it is a head noun or an argument cue; these filters answer most of them.
    private readonly FormFilter _actorNounForms;
    private readonly FormFilter _argumentCueForms;

    /// <summary>The sector of <paramref name="form"/> when it is a head noun of actor-nouns.tsv.</summary>
    public bool TryActorNoun(string form, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string sector)
    {
        sector = null;
        return _actorNounForms.MayContain(form) && ActorNouns.TryGetValue(form, out sector);
    }

    /// <summary>
    /// Whether a word is a head noun of actor-nouns.tsv in one of its forms: the sector and the form read (the first that is
    /// one). Moved here from ActorPhraseFinder (split51) so the finder and its passes (BodyMembers) read the one lookup.
    /// </summary>
    public bool TryActorNoun(WordForms word, out string sector, out int form)
    {
        for (var i = 0; i < word.Forms.Count; i++)
        {
            if (TryActorNoun(word.Forms[i], out sector!))
            {
                form = i;
                return true;
            }
        }
        sector = "";
        form = -1;
        return false;
    }

    /// <summary>"role:CODE", "org:KIND", "type:GPE" → sector.</summary>
    public FrozenDictionary<string, string> Sectors { get; }

    /// <summary>Cue (lookup form) → modality and where it applies (before, after, adjacent, frame).</summary>
    public FrozenDictionary<string, (EventModality Modality, string Where)> ModalityCues { get; }

    public FrozenSet<string> ControlWords { get; }

    /// <summary>Passive auxiliaries (auxiliaries.tsv, lookup forms: تم، يتم، جرى): the verbal noun after one states an act anew.</summary>
    public FrozenSet<string> PassiveAuxiliaries { get; }

    /// <summary>Whether one of the word's lookup forms is a passive auxiliary («وتم», «يتم»).</summary>
    public bool IsPassiveAuxiliary(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (PassiveAuxiliaries.Contains(word.Forms[f])) return true;
        return false;
    }

    /// <summary>Words of bracing for or plotting an act (anticipation.tsv, lookup forms): the event noun they govern is no event.</summary>
    public FrozenSet<string> AnticipationWords { get; }

    /// <summary>Words naming an act as backdrop or topic (backdrop.tsv, lookup forms): the event noun right after them is no event.</summary>
    public FrozenSet<string> BackdropWords { get; }

    /// <summary>Yes/no question particles (Resources/Text/questions.tsv, polar; lookup forms): an act asked about is no event.</summary>
    public FrozenSet<string> QuestionParticles { get; }

    /// <summary>Conditional particles and phrases (Resources/Events/conditions.tsv), each its words' keys in order and its kind: condition or whether.</summary>
    public IReadOnlyList<(string[] Words, string Kind)> ConditionPhrases { get; }

    /// <summary>Word (lookup form) → its kinds in arguments.tsv (patient, agent, agent_behind, stop, preposition, locative, quantifier, pronoun).</summary>
    public FrozenDictionary<string, FrozenSet<string>> ArgumentCues { get; }

    /// <summary>Whether one of the word's lookup forms is listed in arguments.tsv with <paramref name="kind"/>.</summary>
    public bool IsCue(string kind, WordForms word) => CueForm(kind, word) is not null;

    /// <summary>
    /// A word with a linking letter attached after any conjunction («بفرض», «لاستهداف», «للمطالبة»): the letter that links
    /// an intent to its act (intent_complement in arguments.tsv), which makes the word after it a verbal noun.
    /// </summary>
    public bool HasLinkingLetter(WordForms word)
    {
        if (word.Prefixes.Count == 0) return false;
        var attached = word.Prefixes[^1].TrimStart('و', 'ف');
        return attached.Length > 0 && IsCue("intent_complement", attached[..1]);
    }

    /// <summary>Whether <paramref name="form"/> is listed with <paramref name="kind"/>.</summary>
    public bool IsCue(string kind, string form) => _argumentCueForms.MayContain(form) && ArgumentCues.TryGetValue(form, out var kinds) && kinds.Contains(kind);

    /// <summary>The first of the word's lookup forms listed with <paramref name="kind"/>, or null.</summary>
    public string? CueForm(string kind, WordForms word)
    {
        // Indexed, not foreach: a list read through its interface would allocate an enumerator per word.
        for (var i = 0; i < word.Forms.Count; i++)
            if (IsCue(kind, word.Forms[i])) return word.Forms[i];
        return null;
    }

    public FrozenDictionary<string, string> ContextCues { get; }

    public PhraseIndex<int> Impacts { get; }

    public PhraseIndex<int> Responses { get; }

    private static IEnumerable<(IReadOnlyList<PatternWord>, TriggerEntry)> ReadTriggers()
    {
        foreach (var (number, line) in LanguageFile.DataLines(Area, "triggers.tsv"))
        {
            var f = Fields(line, 6, "triggers.tsv", number);
            if (!Enum.TryParse<PloverType>(f[1], ignoreCase: false, out var type) || !Enum.IsDefined(type))
                throw Bad("triggers.tsv", number, $"unknown PLOVER type '{f[1]}'");
            IReadOnlyList<PatternWord> words;
            try
            {
                words = PatternParser.Parse(f[0]);
            }
            catch (FormatException e)
            {
                throw Bad("triggers.tsv", number, e.Message);
            }
            var head = words.First(w => !w.Context);
            yield return (words, new TriggerEntry(type, Dash(f[2]), Dash(f[3]), List(f[4]), Raw(f[5]), head.Verb, number) { FirstPersonOnly = head.FirstPersonOnly });
        }
    }

    private static FrozenDictionary<string, string> ReadSectors()
    {
        var sectors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "sectors.tsv"))
        {
            var f = Fields(line, 3, "sectors.tsv", number);
            sectors[f[0] + ":" + f[1]] = f[2];
        }
        return sectors.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Rows whose words share a lookup form (الحكومة، حكومة) must agree on their value.
    private static FrozenDictionary<string, string> KeyedPairs(string file)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, value) in ReadPairs(file))
        {
            var key = PatternParser.Key(word);
            if (pairs.TryGetValue(key, out var earlier) && earlier != value)
                throw Bad(file, 0, $"'{word}' has the lookup form of an earlier row with another value ({earlier})");
            pairs[key] = value;
        }
        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadPairs(string file)
    {
        foreach (var (number, line) in LanguageFile.DataLines(Area, file))
        {
            var f = Fields(line, 2, file, number);
            yield return new(f[0], f[1]);
        }
    }

    private static string[] Fields(string line, int count, string file, int number)
    {
        var f = line.Split('\t');
        if (f.Length < count) throw Bad(file, number, $"expected {count} tab-separated columns, found {f.Length}");
        return f.Select(x => x.Trim()).ToArray();
    }

    private static string? Dash(string value) => value is "" or "-" ? null : value;

    private static IReadOnlyList<string> List(string value) =>
        value is "" or "-" ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => v == "obj" ? v : PatternParser.Key(v)).ToArray();

    private static IReadOnlyList<string> Raw(string value) =>
        value is "" or "-" ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static InvalidOperationException Bad(string file, int line, string why) =>
        new($"MARSAD-R002 src/Marsad/Resources/{Area}/{file} line {line.ToString(CultureInfo.InvariantCulture)}: {why}.");
}
