using System.Collections.Frozen;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Quotes;

/// <summary>
/// The words quotes are found by, from the data files in Resources/Quotes (each file's header gives its scope):
/// verbs and nouns of saying (cues.tsv, cue-nouns.tsv), complementisers, attribution phrases, source nouns, and the words
/// that end a speaker phrase or a reported clause. Every lookup is on matching keys (<see cref="MatchingKey"/>), and a
/// word may carry the conjunction و/ف before it. Immutable and thread-safe.
/// </summary>
public sealed class QuoteLexicon
{
    private const string Area = "Quotes";

    private readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly FrozenSet<string> _complementizers;
    private readonly FrozenDictionary<string, SourceClass>.AlternateLookup<ReadOnlySpan<char>> _sources;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speakerStops;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseBreaks;
    private readonly FrozenSet<string> _inferenceFrames;
    private readonly FrozenSet<string> _clauseOpeners;
    private readonly FrozenSet<string> _conjunctionFrames;
    private readonly FrozenSet<string> _subjectFrames;
    private readonly FrozenSet<string> _modalFrames;
    private readonly FrozenSet<string> _subjectOpeners;
    private readonly FrozenSet<string> _rhetoricalSubjects;
    private readonly FrozenSet<string> _rhetoricalQuantifiers;
    private readonly FrozenSet<string> _resumptivePrepositions;
    private readonly FrozenSet<string> _addressees;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _figures;
    private readonly FrozenDictionary<string, string> _partitives;
    private readonly FrozenDictionary<string, AttributionPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _attributionsByFirstWord;

    private QuoteLexicon(FrozenDictionary<string, CueWord> cues, FrozenSet<string> complementizers, IReadOnlyList<AttributionPhrase> attributions,
        FrozenDictionary<string, SourceClass> sources, FrozenSet<string> speakerStops, FrozenSet<string> clauseBreaks,
        IReadOnlyList<IReadOnlyList<string>> backReferences, FrozenSet<string> inferenceFrames, FrozenSet<string> clauseOpeners,
        FrozenSet<string> conjunctionFrames, FrozenSet<string> subjectFrames, FrozenSet<string> modalFrames, FrozenSet<string> subjectOpeners, FrozenSet<string> rhetoricalSubjects, FrozenSet<string> rhetoricalQuantifiers,
        FrozenSet<string> resumptivePrepositions, FrozenSet<string> addressees, FrozenSet<string> figures, FrozenDictionary<string, string> partitives)
    {
        _partitives = partitives;
        _figures = figures.GetAlternateLookup<ReadOnlySpan<char>>();
        _rhetoricalSubjects = rhetoricalSubjects;
        _rhetoricalQuantifiers = rhetoricalQuantifiers;
        _resumptivePrepositions = resumptivePrepositions;
        _addressees = addressees;
        _conjunctionFrames = conjunctionFrames;
        _subjectFrames = subjectFrames;
        _modalFrames = modalFrames;
        _subjectOpeners = subjectOpeners;
        _inferenceFrames = inferenceFrames;
        _clauseOpeners = clauseOpeners;
        BackReferences = backReferences;
        // Span lookups: a word with its conjunction looked up without it allocates nothing (this runs on every token).
        _cues = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _complementizers = complementizers;
        _attributionsByFirstWord = attributions.GroupBy(a => a.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _sources = sources.GetAlternateLookup<ReadOnlySpan<char>>();
        _speakerStops = speakerStops.GetAlternateLookup<ReadOnlySpan<char>>();
        _clauseBreaks = clauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<QuoteLexicon> s_default = new(Load);

    public static QuoteLexicon Default => s_default.Value;

    /// <summary>Phrases that point back to a quotation before them (هكذا، بهذه العبارة), longest first, in matching-key words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> BackReferences { get; }

    /// <summary>«هناك من»، «ثمة من» (existential-sources.tsv): the words, in matching-key form, of an unnamed party that
    /// says what follows.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ExistentialSources { get; } = Phrases("existential-sources.tsv");

    /// <summary>«من»، «كل من» (generic-relatives.tsv): the words, in matching-key form, of a generic "whoever" subject that
    /// leaves a verb of saying with no speaker.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GenericRelatives { get; } = Phrases("generic-relatives.tsv");

    /// <summary>«أحدنا»، «كل منكم» (generic-persons.tsv): the words, in matching-key form, of a subject among the writer and
    /// the readers, which leaves a verb of saying with no speaker.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GenericPersons { get; } = Phrases("generic-persons.tsv");

    private readonly FrozenSet<string> _topicPrepositions = Words("topic-prepositions.tsv");
    private readonly FrozenSet<string> _newsCarriers = Words("news-carriers.tsv");

    /// <summary>Whether the word heads the name of a news agency or outlet (news-carriers.tsv: وكالة، صحيفة، قناة), with or
    /// without و/ف and the article.</summary>
    public bool IsNewsCarrier(string key) =>
        _newsCarriers.Contains(CliticSegmenter.WithoutArticle(CliticSegmenter.WithoutConjunction(key, 3), 2));

    private readonly FrozenSet<string> _titleNouns = Words("title-nouns.tsv");

    /// <summary>Whether the word names a title or term given in marks after it (title-nouns.tsv: عنوان، تعبير، مصطلح), with
    /// or without و/ف, a preposition ب/ل and the article: «تحت عنوان «…»», «بعنوان «…»».</summary>
    public bool IsTitleNoun(string key)
    {
        var rest = CliticSegmenter.WithoutPreposition(CliticSegmenter.WithoutConjunction(key.AsSpan(), 3), 3);
        return _titleNouns.Contains(rest.ToString()) || _titleNouns.Contains(CliticSegmenter.WithoutArticle(rest, 2).ToString());
    }

    /// <summary>Whether the word is a preposition of topic (topic-prepositions.tsv: عن، حول، بشأن), with or without و/ف:
    /// «وعن X قالت» fronts what the words are about.</summary>
    public bool IsTopicPreposition(string key) => WithOrWithoutConjunction(_topicPrepositions, key, 2);

    /// <summary>The cue a word is, with or without a leading و/ف.</summary>
    public CueWord? Cue(string key)
    {
        if (_cues.TryGetValue(key, out var found)) return found;
        if (_cues.TryGetValue(CliticSegmenter.WithoutConjunction(key.AsSpan(), 3), out found)) return found;
        return null;
    }

    public bool IsComplementizer(string key) => _complementizers.Contains(key);

    /// <summary>Whether a word before a verb of saying makes it an inference, not speech (inference-frames.tsv: «مما يشير»).</summary>
    public bool IsInferenceFrame(string key) => _inferenceFrames.Contains(key);

    /// <summary>Whether a clause begins after the word, with or without و/ف (clause-openers.tsv: بدوره، كما، الذي).</summary>
    public bool IsClauseOpener(string key) =>
        WithOrWithoutConjunction(_clauseOpeners, key, 3);

    /// <summary>Whether a clause may begin with its subject after the word, with or without و/ف (subject-openers.tsv: لكن،
    /// بينما، أما).</summary>
    public bool IsSubjectOpener(string key) =>
        WithOrWithoutConjunction(_subjectOpeners, key, 3);

    /// <summary>Whether a noun (without its article) is one news personifies as saying something (rhetorical-subjects.tsv:
    /// الحقيقة، التاريخ، التوقعات).</summary>
    public bool IsRhetoricalSubject(string bare) => _rhetoricalSubjects.Contains("ال" + bare);

    /// <summary>Whether the word, with or without و/ف, is a quantifier that leaves the personified noun after it the subject
    /// (rhetorical-subjects.tsv `quantifier`: كل، جميع، معظم).</summary>
    public bool IsRhetoricalQuantifier(string key) => WithOrWithoutConjunction(_rhetoricalQuantifiers, key, 2);

    /// <summary>Whether the word before أن/إن makes it a conjunction or a modal frame (conjunction-frames.tsv: بعد أن، إلا أن،
    /// يمكن أن), with or without و/ف.</summary>
    public bool IsConjunctionFrame(string key) =>
        WithOrWithoutConjunction(_conjunctionFrames, key, 2);

    /// <summary>Whether the conjunction frame's أن/إن is the particle whose clause opens with its subject (conjunction-frames.tsv
    /// `subject`: إلا أن، غير أن، كما أن), not أنْ before a verb (بعد أن، يمكن أن).</summary>
    public bool IsSubjectFrame(string key) =>
        WithOrWithoutConjunction(_subjectFrames, key, 2);

    private readonly FrozenSet<string> _implicativeVerbs = Words("implicative-verbs.tsv");

    /// <summary>Whether the word before أن/إن is a verb whose أنْ-clause happened (implicative-verbs.tsv: تعمد، سارع، لم
    /// ينس), with or without و/ف: a verb of saying after it reports what was said.</summary>
    public bool IsImplicativeVerb(string key) =>
        WithOrWithoutConjunction(_implicativeVerbs, key, 3);

    /// <summary>Whether the conjunction frame is modal or scheduling (conjunction-frames.tsv `modal`: يمكن أن، من شأنه أن،
    /// من المقرر أن): a verb of saying after its أن tells what may or must happen, not what was said.</summary>
    public bool IsModalFrame(string key) =>
        WithOrWithoutConjunction(_modalFrames, key, 2);

    /// <summary>The attribution phrases whose first word this is (with or without و/ف), longest first so «بحسب ما» wins
    /// over «بحسب»; empty when none.</summary>
    public ReadOnlySpan<AttributionPhrase> AttributionsStartingWith(string key)
    {
        if (_attributionsByFirstWord.TryGetValue(key, out var found)) return found;
        if (_attributionsByFirstWord.TryGetValue(CliticSegmenter.WithoutConjunction(key.AsSpan(), 3), out found)) return found;
        return [];
    }

    /// <summary>The class of a source noun (مصدر، المتحدث), with or without ال and a leading و/ف/ل/ب.</summary>
    public SourceClass? Source(string key) => WithClitics(key, SourceOf);

    /// <summary>The word is a noun of a set of figures (sources.tsv class `figures`: بيانات، إحصائيات), read as
    /// <see cref="Source"/> reads it: «وفقا للبيانات».</summary>
    public bool IsFigures(string key) => WithClitics(key, FiguresOf) is true;

    /// <summary>Whether <paramref name="next"/> is the preposition that joins the partitive noun <paramref name="noun"/> (with or
    /// without و/ف and ال) to the group it counts (sources.tsv class `partitive`: «عدد من», «الكثير من»).</summary>
    public bool JoinsPartitive(string noun, string next) =>
        _partitives.TryGetValue(CliticSegmenter.WithoutArticle(CliticSegmenter.WithoutConjunction(noun, 3), 1), out var preposition)
        && preposition == next;

    private delegate T? SpanLookup<T>(ReadOnlySpan<char> word) where T : struct;

    // The lookup of the word as written, without a leading و/ف, and without a preposition ل/ب after it.
    private static T? WithClitics<T>(string key, SpanLookup<T> lookup) where T : struct
    {
        var rest = key.AsSpan();
        if (lookup(rest) is { } found) return found;
        if (CliticSegmenter.WithoutConjunction(rest, 3) is var bare && bare.Length < rest.Length)
        {
            rest = bare;
            if (lookup(rest) is { } afterConjunction) return afterConjunction;
        }
        // للمصدر = ل + ال + مصدر: the segmenter's key reading leaves the bare noun, which the lookups read too.
        return CliticSegmenter.WithoutPreposition(rest, 3) is var noun && noun.Length < rest.Length ? lookup(noun) : null;
    }

    private bool? FiguresOf(ReadOnlySpan<char> word) =>
        _figures.Contains(word) || _figures.Contains(CliticSegmenter.WithoutArticle(word, 1)) ? true : null;

    /// <summary>The word is a source noun as written, with at most و/ف before it and no preposition: «كثيرون», «لجنة» and
    /// «بعثة» begin with letters a segmenter may read as the prepositions ك/ل/ب.</summary>
    public bool IsSourceAsWritten(string key) =>
        SourceOf(key) is not null || SourceOf(CliticSegmenter.WithoutConjunction(key.AsSpan(), 3)) is not null;

    private SourceClass? SourceOf(ReadOnlySpan<char> word)
    {
        if (_sources.TryGetValue(word, out var found)) return found;
        if (_sources.TryGetValue(CliticSegmenter.WithoutArticle(word, 1), out found)) return found;
        return null;
    }

    /// <summary>The key is listed as it stands; <see cref="QuoteContext.IsSpeakerStop"/> reads a token's clitics.</summary>
    public bool IsSpeakerStop(string key) => _speakerStops.Contains(key);

    /// <summary>Whether the preposition, carrying a pronoun after a verb, refers back to the time, place or text a relative
    /// clause describes (speaker-stops.tsv `resumptive`: في): «في وقت أكدت فيه الشركة».</summary>
    public bool IsResumptivePreposition(string key) => _resumptivePrepositions.Contains(key);

    /// <summary>ل with the pronoun of the one spoken to (speaker-stops.tsv `addressee`: له، لهم، لي): «قال لي عمر».</summary>
    public bool IsAddressee(string key) => _addressees.Contains(key);

    /// <summary>The preposition written apart before the name in marks of the one spoken to (speaker-stops.tsv
    /// `marks-addressee`: لـ): «قال لـ"الاقتصادية" خالد».</summary>
    public bool IsMarksAddressee(string key) => _marksAddressees.Contains(key);

    private readonly FrozenSet<string> _marksAddressees = Tagged("speaker-stops.tsv", "marks-addressee");

    /// <summary>For a title of address with its holder's pronoun (honorifics.tsv: سموه، معاليه), the matching keys of the
    /// titles and offices that introduce its holder (سمو، الأمير); null for any other word.</summary>
    public IReadOnlyList<string>? HonorificTitles(string key) =>
        _honorifics.TryGetValue(key, out var titles) || _honorifics.TryGetValue(CliticSegmenter.WithoutConjunction(key, 4), out titles) ? titles : null;

    private readonly FrozenDictionary<string, string[]> _honorifics = LanguageFile.DataLines(Area, "honorifics.tsv")
        .Select(l => Fields(l.Text, 2, "honorifics.tsv", l.Number))
        .ToFrozenDictionary(f => MatchingKey.Of(f[0]), f => f[1].Split(',').Select(t => MatchingKey.Of(t.Trim())).ToArray(), StringComparer.Ordinal);

    /// <summary>A manner word after a verb of saying (speaker-stops.tsv `manner`: مبتسما، بغضب), as listed.</summary>
    public bool IsManner(string key) => _manner.Contains(key);

    private readonly FrozenSet<string> _manner = Tagged("speaker-stops.tsv", "manner");

    /// <summary>A relative pronoun (speaker-stops.tsv `relative`: الذي، التي، الذين), as written.</summary>
    public bool IsRelativePronoun(string key) => _relatives.Contains(key);

    private readonly FrozenSet<string> _relatives = Tagged("speaker-stops.tsv", "relative");

    public bool IsClauseBreak(string key) => _clauseBreaks.Contains(key) || _clauseBreaks.Contains(CliticSegmenter.WithoutConjunction(key.AsSpan(), 1));

    private static QuoteLexicon Load()
    {
        var cues = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "cues.tsv"))
        {
            var f = Fields(line, 4, "cues.tsv", number);
            var lemma = MatchingKey.Of(f[0]);
            var flags = f[3].Split(',', StringSplitOptions.TrimEntries);
            var needs = flags.Contains("complement");
            var preposition = flags.Contains("preposition");
            var relay = flags.FirstOrDefault(x => x.StartsWith("relay:", StringComparison.Ordinal)) is { } r ? MatchingKey.Of(r["relay:".Length..]) : null;
            foreach (var (form, feminine) in CueInflection.Past(f[0]))
                cues.TryAdd(form, new CueWord(lemma, CueForm.Verb, needs, feminine) { RelayPreposition = relay, AlsoPreposition = preposition, Masculine = form == lemma });
            if (f[1] != "-")
            {
                var present = MatchingKey.Of(f[1]);
                var impersonal = flags.Contains("impersonal");
                foreach (var (form, feminine) in CueInflection.Present(present))
                    cues.TryAdd(form, new CueWord(lemma, CueForm.Verb, needs, feminine) { RelayPreposition = relay, Impersonal = impersonal && form == present, Masculine = form == present, Imperfect = true });
            }
            if (f[2] != "-")
            {
                var participle = MatchingKey.Of(f[2]);
                foreach (var (form, feminine) in CueInflection.Participle(participle))
                    cues.TryAdd(form, new CueWord(lemma, CueForm.Participle, true, feminine) { RelayPreposition = relay, Masculine = form == participle, Plural = CueInflection.IsPluralParticiple(form, participle) });
            }
        }
        foreach (var (number, line) in LanguageFile.DataLines(Area, "cue-nouns.tsv"))
        {
            var f = Fields(line, 2, "cue-nouns.tsv", number);
            var key = MatchingKey.Of(f[0]);
            cues[key] = new CueWord(key, CueForm.Noun, true, key.EndsWith("ها", StringComparison.Ordinal));
        }

        var attributions = new List<AttributionPhrase>();
        foreach (var (number, line) in LanguageFile.DataLines(Area, "attributions.tsv"))
        {
            var f = Fields(line, 2, "attributions.tsv", number);
            var follows = f[1] switch
            {
                "source" => AttributionFollows.Source,
                "verb" => AttributionFollows.VerbThenSource,
                "aside" => AttributionFollows.VerbAside,
                _ => throw new FormatException($"MARSAD-E002 attributions.tsv line {number}: follows must be 'source', 'verb' or 'aside', not '{f[1]}'."),
            };
            // The third column, when written, says whose words the source gives; a row without it names the speaker.
            var names = f.Length < 3 || f[2].Length == 0 ? AttributionNames.Speaker : f[2] switch
            {
                "speaker" => AttributionNames.Speaker,
                "teller" => AttributionNames.Teller,
                _ => throw new FormatException($"MARSAD-E002 attributions.tsv line {number}: names must be 'speaker' or 'teller', not '{f[2]}'."),
            };
            attributions.Add(new AttributionPhrase(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray(), follows, names));
        }
        attributions.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));

        var sources = new Dictionary<string, SourceClass>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var partitives = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "sources.tsv"))
        {
            var f = Fields(line, 2, "sources.tsv", number);
            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = CliticSegmenter.WithoutArticle(MatchingKey.Of(words[0]), 0);
            if (f[1] == "partitive")
            {
                if (words.Length != 2) throw new FormatException($"MARSAD-E002 sources.tsv line {number}: a partitive is a noun and its preposition.");
                partitives.TryAdd(head, MatchingKey.Of(words[1]));
                continue;
            }
            var kind = f[1] switch
            {
                "unnamed" => SourceClass.Unnamed,
                "speaks_for" => SourceClass.SpeaksFor,
                "issued_by" => SourceClass.IssuedBy,
                "document" or "figures" => SourceClass.Document,
                "link" => SourceClass.Link,
                "body" => SourceClass.Body,
                _ => throw new FormatException($"MARSAD-E002 sources.tsv line {number}: class must be 'unnamed', 'speaks_for', 'issued_by', 'document', 'figures', 'link', 'partitive' or 'body', not '{f[1]}'."),
            };
            sources.TryAdd(head, kind);
            if (f[1] == "figures") figures.Add(head);
        }

        var backReferences = Phrases("back-references.tsv");
        var frames = ConjunctionFrames();
        return new QuoteLexicon(cues.ToFrozenDictionary(StringComparer.Ordinal), Words("complementizers.tsv"), attributions,
            sources.ToFrozenDictionary(StringComparer.Ordinal), SpeakerStops(), ClauseBreaks(), backReferences,
            Words("inference-frames.tsv"), Words("clause-openers.tsv"),
            frames.All, frames.Subject, frames.Modal, Words("subject-openers.tsv"),
            Untagged("rhetorical-subjects.tsv"), Tagged("rhetorical-subjects.tsv", "quantifier"), Tagged("speaker-stops.tsv", "resumptive"), Tagged("speaker-stops.tsv", "addressee"),
            figures.ToFrozenSet(StringComparer.Ordinal), partitives.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The words of speaker-stops.tsv, with the feminine and plural forms of its `manner` participles (مبتسما →
    /// مبتسمة، مبتسمين), inflected as the participles of saying are.</summary>
    private static FrozenSet<string> SpeakerStops()
    {
        var words = Words("speaker-stops.tsv").ToHashSet(StringComparer.Ordinal);
        words.UnionWith(MannerParticiples());
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The words of clause-breaks.tsv, with every form of its `participle` rows and of the `manner` participles of
    /// speaker-stops.tsv: after a comma each returns from the reported words to the speaker's frame.</summary>
    private static FrozenSet<string> ClauseBreaks()
    {
        var words = Words("clause-breaks.tsv").ToHashSet(StringComparer.Ordinal);
        foreach (var participle in Tagged("clause-breaks.tsv", "participle"))
            foreach (var (form, _) in CueInflection.Participle(participle)) words.Add(form);
        words.UnionWith(MannerParticiples());
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    // Every form of the `manner` participles of speaker-stops.tsv (not the adverbs with ب nor those without the accusative ا).
    private static IEnumerable<string> MannerParticiples() =>
        Tagged("speaker-stops.tsv", "manner").Where(m => m.EndsWith('ا') && !m.StartsWith('ب'))
            .SelectMany(m => CueInflection.Participle(m).Select(f => f.Form));

    // The words of a file whose second column is <paramref name="tag"/>.
    private static FrozenSet<string> Tagged(string file, string tag) =>
        LanguageFile.DataLines(Area, file).Select(l => l.Text.Split('\t')).Where(f => f.Length > 1 && f[1].Trim() == tag)
            .Select(f => MatchingKey.Of(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word is in the set as it stands, or, when longer than <paramref name="minLength"/>, after a leading و/ف.</summary>
    private static bool WithOrWithoutConjunction(FrozenSet<string> set, string key, int minLength) =>
        set.Contains(key) || set.Contains(CliticSegmenter.WithoutConjunction(key, minLength));

    /// <summary>The phrases of a file, one a line, as matching keys of their words, longest first.</summary>
    private static List<IReadOnlyList<string>> Phrases(string file) =>
        LanguageFile.DataLines(Area, file)
            .Select(l => (IReadOnlyList<string>)l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray())
            .OrderByDescending(words => words.Count).ToList();

    /// <summary>The words of a file whose second column is empty.</summary>
    private static FrozenSet<string> Untagged(string file) =>
        LanguageFile.DataLines(Area, file).Select(l => l.Text.Split('\t')).Where(f => f.Length < 2 || f[1].Trim().Length == 0)
            .Select(f => MatchingKey.Of(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Words(string file) =>
        LanguageFile.DataLines(Area, file).Select(l => MatchingKey.Of(l.Text.Split('\t')[0].Trim())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The conjunction frames, all of them and those whose second column is `subject` or `modal`, read in one pass.</summary>
    private static (FrozenSet<string> All, FrozenSet<string> Subject, FrozenSet<string> Modal) ConjunctionFrames()
    {
        var frames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["subject"] = [], ["verb"] = [], ["modal"] = [] };
        foreach (var (number, line) in LanguageFile.DataLines(Area, "conjunction-frames.tsv"))
        {
            var f = Fields(line, 2, "conjunction-frames.tsv", number);
            if (!frames.TryGetValue(f[1], out var takes))
                throw new FormatException($"MARSAD-E002 conjunction-frames.tsv line {number}: takes must be 'subject', 'verb' or 'modal', not '{f[1]}'.");
            takes.Add(MatchingKey.Of(f[0].Trim()));
        }
        return (frames.Values.SelectMany(set => set).ToFrozenSet(StringComparer.Ordinal),
            frames["subject"].ToFrozenSet(StringComparer.Ordinal), frames["modal"].ToFrozenSet(StringComparer.Ordinal));
    }

    private static string[] Fields(string line, int count, string file, int number)
    {
        var fields = line.Split('\t');
        if (fields.Length < count)
            throw new FormatException($"MARSAD-E002 {file} line {number} has {fields.Length} tab-separated fields, expected {count}; fix src/Marsad/Resources/Quotes/{file}.");
        return fields.Select(f => f.Trim()).ToArray();
    }
}

/// <summary>What a source noun stands for: an anonymous source, or a spokesperson for a body named after it.</summary>
public enum SourceClass
{
    Unnamed,
    SpeaksFor,
    /// <summary>A statement or message (بيان، رسالة): speaks for the body that issued it.</summary>
    IssuedBy,
    /// <summary>A report or study (تقرير، دراسة): speaks for the body that issued it, or, alone, for the issuer named with
    /// the same noun earlier; else it is an unnamed source.</summary>
    Document,
    /// <summary>باسم: joins a spokesperson to the body it speaks for.</summary>
    Link,
    /// <summary>A body's head noun (المرصد، الهيئة، الجمعية): a definite phrase it heads is a source after an attribution.</summary>
    Body,
}

/// <summary>How the source follows an attribution phrase.</summary>
public enum AttributionFollows
{
    /// <summary>بحسب وكالة رويترز: the source right after the phrase.</summary>
    Source,
    /// <summary>وفق ما ذكرته وكالة رويترز: a verb of saying, then the source.</summary>
    VerbThenSource,
    /// <summary>«…، كما يقول الخبراء.»: a verb of saying, then the source, set aside closing the statement it attributes;
    /// only when the verb reports nothing of its own («كما أكد الوزير أن…» is the verb's own report).</summary>
    VerbAside,
}

/// <summary>Whom the source after an attribution phrase names, when a verb of saying with its own subject frames it.</summary>
public enum AttributionNames
{
    /// <summary>«نقلا عن مسؤول», «على لسان الوزير»: the source's own words are relayed; the source speaks.</summary>
    Speaker,
    /// <summary>«حسب أصدقائه», «بحسب وكالة رويترز»: the source tells what was said; a news agency or outlet there only
    /// carried the words, and a verb's subject that is no news carrier speaks.</summary>
    Teller,
}

/// <summary>An attribution phrase in matching-key words.</summary>
public sealed record AttributionPhrase(IReadOnlyList<string> Words, AttributionFollows Follows, AttributionNames Names = AttributionNames.Speaker);
