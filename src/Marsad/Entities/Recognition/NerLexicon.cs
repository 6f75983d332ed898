using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Entities.Recognition;

/// <summary>
/// The word lists the recognizer's features consult, all in matching-key form: trigger words that announce
/// an entity (رئيس → PER, مدينة → LOC), single tokens seen inside entities of a type, and whole multi-token
/// names. A trained model carries the lexicon it was trained with, so later edits to the data files
/// cannot silently change what a shipped model sees.
/// </summary>
public sealed class NerLexicon
{
    private readonly Dictionary<string, string> _triggers;
    private readonly Dictionary<string, string[]> _tokenTypes;
    private readonly Dictionary<string, List<(string[] Keys, string Type)>> _namesByFirst;
    private readonly Dictionary<string, string[]> _marks;

    public NerLexicon(
        IReadOnlyDictionary<string, string> triggers,
        IReadOnlyDictionary<string, string[]> tokenTypes,
        IEnumerable<(string[] Keys, string Type)> names,
        WordClusters? clusters = null)
    {
        Clusters = clusters ?? WordClusters.Empty;
        _triggers = new Dictionary<string, string>(triggers, StringComparer.Ordinal);
        _tokenTypes = new Dictionary<string, string[]>(tokenTypes, StringComparer.Ordinal);
        _namesByFirst = new Dictionary<string, List<(string[], string)>>(StringComparer.Ordinal);
        foreach (var (keys, type) in names)
        {
            if (keys.Length == 0) continue;
            if (!_namesByFirst.TryGetValue(keys[0], out var list)) _namesByFirst[keys[0]] = list = [];
            if (!list.Any(n => n.Item2 == type && n.Item1.AsSpan().SequenceEqual(keys))) list.Add((keys, type));
        }
        // The marks MarkNames gives a name's tokens, made once per type rather than per token: B and I, B1 for a one-word name.
        _marks = _namesByFirst.Values.SelectMany(l => l).Select(n => n.Item2).Distinct()
            .ToDictionary(type => type, type => new[] { $"{type}-B", $"{type}-I", $"{type}-B1" }, StringComparer.Ordinal);
        // Longest first, and otherwise in the order given (a stable sort): where one word sequence is listed with two
        // types (ابراهيم as PER and LOC), the first listed keeps winning whatever other names share its first word.
        // List.Sort is unstable past 16 entries, so one unrelated gazetteer row (إبراهيم غندور) could flip the type of
        // every lone ابراهيم and move the tagger's test F1 by half a point.
        foreach (var list in _namesByFirst.Values)
        {
            var ordered = list.OrderByDescending(n => n.Item1.Length).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
    }

    public static NerLexicon Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string[]>(), []);

    public IReadOnlyDictionary<string, string> Triggers => _triggers;

    /// <summary>Word classes learned from unlabeled news; <see cref="WordClusters.Empty"/> when the model uses none.</summary>
    public WordClusters Clusters { get; }

    public IReadOnlyDictionary<string, string[]> TokenTypes => _tokenTypes;

    public IEnumerable<(string[] Keys, string Type)> Names => _namesByFirst.Values.SelectMany(l => l);

    public string? TriggerOf(string key) => _triggers.GetValueOrDefault(key);

    public string[]? TypesOf(string key) => _tokenTypes.GetValueOrDefault(key);

    /// <summary>Longest known names starting at each token: per token, "TYPE-B" / "TYPE-I" marks (null when none).</summary>
    public string?[] MarkNames(IReadOnlyList<string> keys, IReadOnlyList<string> bases)
    {
        var starts = new List<(string[] Keys, string Type)>?[keys.Count];
        for (var i = 0; i < keys.Count; i++) starts[i] = NamesStartingWith(keys[i], bases[i]);
        return MarkNames(keys, bases, starts);
    }

    /// <summary>The known names a token with this key and base may begin, longest first; null for none. The same for every occurrence of a form.</summary>
    internal List<(string[] Keys, string Type)>? NamesStartingWith(string key, string @base) =>
        _namesByFirst.GetValueOrDefault(key) ?? _namesByFirst.GetValueOrDefault(@base);

    /// <summary><see cref="MarkNames(IReadOnlyList{string}, IReadOnlyList{string})"/> given each token's <see cref="NamesStartingWith"/>.</summary>
    internal string?[] MarkNames(IReadOnlyList<string> keys, IReadOnlyList<string> bases, List<(string[] Keys, string Type)>?[] starts)
    {
        var marks = new string?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var candidates = starts[i];
            if (candidates is null) continue;
            foreach (var (names, type) in candidates)
            {
                if (i + names.Length > keys.Count) continue;
                var match = true;
                for (var k = 1; k < names.Length && match; k++)
                    match = keys[i + k] == names[k] || bases[i + k] == names[k];
                if (!match) continue;
                for (var k = 0; k < names.Length; k++)
                    marks[i + k] ??= _marks[type][names.Length == 1 ? 2 : k == 0 ? 0 : 1];
                break;
            }
        }
        return marks;
    }

    /// <summary>Reads trigger words: one per line, <c>word&lt;TAB&gt;TYPE</c>, '#' starts a comment.</summary>
    public static Dictionary<string, string> ParseTriggers(IEnumerable<string> lines)
    {
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            triggers[MatchingKey.Of(parts[0])] = parts[1];
        }
        return triggers;
    }

    public static IReadOnlyList<string> EmbeddedTriggerLines() => EmbeddedLines("triggers.txt");

    /// <summary>The trigger type of a state's nisba written definite and masculine (الروسي، والفرنسي).</summary>
    public const string NationalityTrigger = "NAT";

    // The conjunctions a listed nisba is looked up with: the tagger looks a trigger up by the whole word or by its bare
    // base (والرئيس → رئيس), and a nisba's bare base (روسي) is no trigger, so «والروسي» is listed as written.
    private static readonly string[] s_nisbaConjunctions = ["", "و", "ف"];

    /// <summary>
    /// The trigger words a model is trained with: triggers.txt, and every state's one-word nisba from countries.tsv
    /// in the one form news writes before a foreign person named by family name alone, definite and masculine
    /// («الروسي كافلنيكوف», «والفرنسي بيولي») as <see cref="NationalityTrigger"/>. In ANERcorp's training half a
    /// quarter of those words come right before a person; the feminine (الروسية) does in one use of twenty, mostly
    /// qualifying a body or a thing (الخارجية الفرنسية، الخطوط الجوية البرازيلية), and the bare and plural forms
    /// almost never, so they are left out.
    /// </summary>
    public static Dictionary<string, string> DefaultTriggers()
    {
        var triggers = ParseTriggers(EmbeddedTriggerLines());
        foreach (var nisba in Gazetteer.EntityGazetteer.Default.DefiniteMasculineNisbas())
            foreach (var conjunction in s_nisbaConjunctions)
                triggers.TryAdd(MatchingKey.Of(conjunction + nisba), NationalityTrigger);
        return triggers;
    }

    /// <summary>Given names (Resources/Entities/given-names.txt), as matching keys.</summary>
    public static IReadOnlyList<string> EmbeddedGivenNames() =>
        EmbeddedLines("given-names.txt")
            .Where(line => !line.TrimStart().StartsWith('#'))
            .SelectMany(line => line.Split(' ', '\t'))
            .Where(name => name.Length > 0)
            .Select(MatchingKey.Of)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Typed names for the recognizer only (Resources/Entities/recognizer-names.txt), as matching-key tokens.</summary>
    public static IReadOnlyList<(string[] Keys, string Type)> EmbeddedRecognizerNames() =>
        EmbeddedLines("recognizer-names.txt")
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray(), parts[0].Trim()))
            .Where(name => name.Item1.Length > 0)
            .ToList();

    private static IReadOnlyList<string> EmbeddedLines(string file)
    {
        using var reader = new StreamReader(LanguageFile.Open("Entities", file));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    /// <summary>
    /// Token types and names from a tagged corpus. A token joins a type when at least <paramref name="minShare"/>
    /// of its occurrences are inside entities of that type, so function words inside names (في، بن) stay out.
    /// </summary>
    public static NerLexicon FromCorpus(
        IEnumerable<BioSentence> sentences, IReadOnlyDictionary<string, string> triggers,
        IEnumerable<(string[] Keys, string Type)>? extraNames = null, IEnumerable<string>? givenNames = null, double minShare = 0.3,
        WordClusters? clusters = null)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var inType = new Dictionary<(string Key, string Flag), int>();
        var names = new List<(string[], string)>();
        foreach (var sentence in sentences)
        {
            var keys = sentence.Tokens.Select(MatchingKey.Of).ToArray();
            foreach (var key in keys) occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            foreach (var span in NerEvaluation.Spans(sentence.Tags))
            {
                names.Add((keys[span.Start..span.End], span.Type));
                for (var i = span.Start; i < span.End; i++)
                {
                    var flag = $"{span.Type}-{(i == span.Start ? 'B' : 'I')}";
                    inType[(keys[i], flag)] = inType.GetValueOrDefault((keys[i], flag)) + 1;
                }
            }
        }
        var tokenTypes = inType
            .Where(kv => kv.Value >= minShare * occurrences[kv.Key.Key])
            .GroupBy(kv => kv.Key.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(kv => kv.Key.Flag).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        foreach (var given in givenNames ?? [])
            tokenTypes[given] = tokenTypes.TryGetValue(given, out var flags) ? [.. flags, "GIVEN"] : ["GIVEN"];
        return new NerLexicon(triggers, tokenTypes, extraNames is null ? names : names.Concat(extraNames), clusters);
    }
}
