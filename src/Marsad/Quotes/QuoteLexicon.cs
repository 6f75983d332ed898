using System.Collections.Frozen;
using Marsad.LanguageData;
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

    private readonly FrozenDictionary<string, CueWord> _cues;
    private readonly FrozenSet<string> _complementizers;
    private readonly FrozenDictionary<string, SourceClass> _sources;
    private readonly FrozenSet<string> _speakerStops;
    private readonly FrozenSet<string> _clauseBreaks;

    private QuoteLexicon(FrozenDictionary<string, CueWord> cues, FrozenSet<string> complementizers, IReadOnlyList<AttributionPhrase> attributions,
        FrozenDictionary<string, SourceClass> sources, FrozenSet<string> speakerStops, FrozenSet<string> clauseBreaks,
        IReadOnlyList<IReadOnlyList<string>> backReferences)
    {
        BackReferences = backReferences;
        _cues = cues;
        _complementizers = complementizers;
        Attributions = attributions;
        _sources = sources;
        _speakerStops = speakerStops;
        _clauseBreaks = clauseBreaks;
    }

    private static readonly Lazy<QuoteLexicon> s_default = new(Load);

    public static QuoteLexicon Default => s_default.Value;

    /// <summary>Attribution phrases, longest first so «بحسب ما» wins over «بحسب».</summary>
    public IReadOnlyList<AttributionPhrase> Attributions { get; }

    /// <summary>Phrases that point back to a quotation before them (هكذا، بهذه العبارة), longest first, in matching-key words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> BackReferences { get; }

    /// <summary>The cue a word is, with or without a leading و/ف.</summary>
    public CueWord? Cue(string key) => Lookup(_cues, key);

    public bool IsComplementizer(string key) => _complementizers.Contains(key);

    /// <summary>The class of a source noun (مصدر، المتحدث), with or without ال and a leading و/ف/ل/ب.</summary>
    public SourceClass? Source(string key)
    {
        foreach (var candidate in Bare(key))
        {
            if (_sources.TryGetValue(candidate, out var found)) return found;
            if (candidate.StartsWith("ال", StringComparison.Ordinal) && candidate.Length > 3 && _sources.TryGetValue(candidate[2..], out found)) return found;
        }
        return null;
    }

    public bool IsSpeakerStop(string key) => _speakerStops.Contains(key) || key.Length > 1 && key[0] is 'و' && _speakerStops.Contains(key[1..]);

    public bool IsClauseBreak(string key) => _clauseBreaks.Contains(key) || key.Length > 1 && key[0] is 'و' or 'ف' && _clauseBreaks.Contains(key[1..]);

    private static T? Lookup<T>(FrozenDictionary<string, T> table, string key) where T : class
    {
        if (table.TryGetValue(key, out var found)) return found;
        if (key.Length > 3 && key[0] is 'و' or 'ف' && table.TryGetValue(key[1..], out found)) return found;
        return null;
    }

    // The word as written, then without a conjunction, then without a preposition ل/ب after it.
    private static IEnumerable<string> Bare(string key)
    {
        yield return key;
        var rest = key;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > 3 && rest[0] is 'ل' or 'ب')
        {
            // للمصدر = ل + ال + مصدر: the article loses its alef after ل.
            yield return rest[0] == 'ل' && rest[1] == 'ل' ? "ا" + rest[1..] : rest[1..];
        }
    }

    private static QuoteLexicon Load()
    {
        var cues = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "cues.tsv"))
        {
            var f = Fields(line, 4, "cues.tsv", number);
            var lemma = MatchingKey.Of(f[0]);
            var flags = f[3].Split(',', StringSplitOptions.TrimEntries);
            var needs = flags.Contains("complement");
            var relay = flags.FirstOrDefault(x => x.StartsWith("relay:", StringComparison.Ordinal)) is { } r ? MatchingKey.Of(r["relay:".Length..]) : null;
            foreach (var (form, feminine) in CueInflection.Past(lemma))
                cues.TryAdd(form, new CueWord(lemma, CueForm.Verb, needs, feminine) { RelayPreposition = relay });
            if (f[1] != "-")
                foreach (var (form, feminine) in CueInflection.Present(MatchingKey.Of(f[1])))
                    cues.TryAdd(form, new CueWord(lemma, CueForm.Verb, needs, feminine) { RelayPreposition = relay });
            if (f[2] != "-")
                foreach (var (form, feminine) in CueInflection.Participle(MatchingKey.Of(f[2])))
                    cues.TryAdd(form, new CueWord(lemma, CueForm.Participle, true, feminine) { RelayPreposition = relay });
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
                _ => throw new FormatException($"MARSAD-E002 attributions.tsv line {number}: follows must be 'source' or 'verb', not '{f[1]}'."),
            };
            attributions.Add(new AttributionPhrase(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray(), follows));
        }
        attributions.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));

        var sources = new Dictionary<string, SourceClass>(StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines(Area, "sources.tsv"))
        {
            var f = Fields(line, 2, "sources.tsv", number);
            var head = MatchingKey.Of(f[0].Split(' ')[0]);
            if (head.StartsWith("ال", StringComparison.Ordinal)) head = head[2..];
            var kind = f[1] switch
            {
                "unnamed" => SourceClass.Unnamed,
                "speaks_for" => SourceClass.SpeaksFor,
                "issued_by" => SourceClass.IssuedBy,
                "link" => SourceClass.Link,
                _ => throw new FormatException($"MARSAD-E002 sources.tsv line {number}: class must be 'unnamed', 'speaks_for', 'issued_by' or 'link', not '{f[1]}'."),
            };
            sources.TryAdd(head, kind);
        }

        var backReferences = LanguageFile.DataLines(Area, "back-references.tsv")
            .Select(l => (IReadOnlyList<string>)l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of).ToArray())
            .OrderByDescending(words => words.Count).ToList();
        return new QuoteLexicon(cues.ToFrozenDictionary(StringComparer.Ordinal), Words("complementizers.tsv"), attributions,
            sources.ToFrozenDictionary(StringComparer.Ordinal), Words("speaker-stops.tsv"), Words("clause-breaks.tsv"), backReferences);
    }

    private static FrozenSet<string> Words(string file) =>
        LanguageFile.DataLines(Area, file).Select(l => MatchingKey.Of(l.Text.Trim())).ToFrozenSet(StringComparer.Ordinal);

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
    /// <summary>باسم: joins a spokesperson to the body it speaks for.</summary>
    Link,
}

/// <summary>How the source follows an attribution phrase.</summary>
public enum AttributionFollows
{
    /// <summary>بحسب وكالة رويترز: the source right after the phrase.</summary>
    Source,
    /// <summary>وفق ما ذكرته وكالة رويترز: a verb of saying, then the source.</summary>
    VerbThenSource,
}

/// <summary>An attribution phrase in matching-key words.</summary>
public sealed record AttributionPhrase(IReadOnlyList<string> Words, AttributionFollows Follows);
