using Marsad.LanguageData;
using Marsad.Quotes;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Comparison;

/// <summary>A loaded term or hedge of Resources/Stories/framing-terms.tsv.</summary>
public sealed record FramingTerm(string Term, string Kind, string Signals, IReadOnlyList<string> Keys)
{
    /// <summary>The term counts only when a verb of saying follows it (column «then» = saying-verb): «بحسب ما أفاده» is an
    /// attribution, «بحسب ما ينص عليه القانون» is not.</summary>
    public bool BeforeSayingVerb { get; init; }

    /// <summary>The term counts only when a word carrying the preposition ب follows within <see cref="FramingLexicon.AsPhraseWords"/>
    /// words (column «then» = as-phrase): «وصفت الوزارة القرار بأنه …» reports a characterisation, «وصف الوظيفة» does not.</summary>
    public bool BeforeAsPhrase { get; init; }
}

/// <summary>
/// Finds the loaded terms and hedges of Resources/Stories/framing-terms.tsv (written for every side of the region's
/// conflicts; see its header) in an article's tokens. A term matches word by word on matching keys; its first word may
/// carry a conjunction (و ف), a preposition (ب ل ك) before the article, as the clitic segmenter splits them, and «ما»
/// may be joined to its preposition (Resources/Stories/fused-relatives.tsv: «بما وصفته»، «مما وصفه»).
/// </summary>
public sealed class FramingLexicon
{
    private static readonly Lazy<FramingLexicon> s_default = new(() => new FramingLexicon(
        LanguageFile.DataLines("Stories", "framing-terms.tsv").Select(l => l.Text.Split('\t')).Where(f => f.Length >= 3)
            .Select(f => new FramingTerm(f[0].Trim(), f[1].Trim(), f[2].Trim(),
                [.. Tokenizer.Tokenize(ArabicNormalizer.Normalize(f[0])).Where(t => t.IsWord).Select(t => t.Key)])
            { BeforeSayingVerb = f.Length > 3 && f[3].Trim() == "saying-verb", BeforeAsPhrase = f.Length > 3 && f[3].Trim() == "as-phrase" })));

    /// <summary>Resources/Stories/fused-relatives.tsv: a preposition joined to «ما» as one word (بما، مما), and «ما».</summary>
    private static readonly Lazy<Dictionary<string, string>> s_fusedRelatives = new(() =>
        LanguageFile.DataLines("Stories", "fused-relatives.tsv").Select(l => l.Text.Split('\t')).Where(f => f.Length >= 2)
            .ToDictionary(f => MatchingKey.Of(f[0].Trim()), f => MatchingKey.Of(f[1].Trim()), StringComparer.Ordinal));

    /// <summary>How many words after a describing verb its characterisation may begin (its subject and object between).</summary>
    public const int AsPhraseWords = 4;

    private readonly Dictionary<string, List<FramingTerm>> _byFirst = new(StringComparer.Ordinal);

    public FramingLexicon(IEnumerable<FramingTerm> terms)
    {
        foreach (var term in terms.Where(t => t.Keys.Count > 0))
        {
            if (!_byFirst.TryGetValue(term.Keys[0], out var list)) _byFirst[term.Keys[0]] = list = [];
            list.Add(term);
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Keys.Count.CompareTo(a.Keys.Count));
    }

    public static FramingLexicon Default => s_default.Value;

    /// <summary>Every term found, longest match at each word, as (term, first token index).</summary>
    public IEnumerable<(FramingTerm Term, int Token)> Find(IReadOnlyList<Token> tokens, IReadOnlyList<WordAnalysis?> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            foreach (var form in FirstWordForms(tokens[i], i < words.Count ? words[i] : null))
            {
                if (!_byFirst.TryGetValue(form, out var candidates)) continue;
                var match = candidates.FirstOrDefault(t => Rest(tokens, i, t));
                if (match is null) continue;
                yield return (match, i);
                i += match.Keys.Count - 1;
                break;
            }
        }
    }

    private static bool Rest(IReadOnlyList<Token> tokens, int at, FramingTerm term)
    {
        var k = at + 1;
        for (var w = 1; w < term.Keys.Count; w++, k++)
            if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].Key != term.Keys[w]) return false;
        if (term.BeforeSayingVerb) return k < tokens.Count && tokens[k].IsWord && IsSayingVerb(tokens[k].Key);
        return !term.BeforeAsPhrase || AsPhraseFollows(tokens, k);
    }

    /// <summary>A word carrying the preposition ب within <see cref="AsPhraseWords"/> words, in the same clause (quote marks
    /// may stand between, a comma or a full stop may not).</summary>
    private static bool AsPhraseFollows(IReadOnlyList<Token> tokens, int from)
    {
        for (int k = from, words = 0; k < tokens.Count && words < AsPhraseWords; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (tokens[k].Key is "،" or "," or "." or "؛" or ";" or ":" or "؟" or "?") return false;
                continue;
            }
            words++;
            if (CliticSegmenter.Analyze(tokens[k]) is { } analysis && analysis.Proclitics.Contains("ب")) return true;
        }
        return false;
    }

    /// <summary>A verb of saying of the quotes step (Resources/Quotes/cues.tsv, every person), also with the pronoun
    /// that points back to «ما» (ذكرته، قاله).</summary>
    private static bool IsSayingVerb(string key) =>
        QuoteLexicon.Default.Cue(key) is { Form: CueForm.Verb }
        || key.Length > 3 && CliticSegmenter.ThirdPersonPronoun(key) is "ه" && QuoteLexicon.Default.Cue(key[..^1]) is { Form: CueForm.Verb };

    /// <summary>The word as written; without a leading conjunction; as article + base when it carries the article; and as
    /// «ما» when it is a preposition joined to «ما» (fused-relatives.tsv: «بما»، «ومما»).</summary>
    private static IEnumerable<string> FirstWordForms(Token token, WordAnalysis? analysis)
    {
        yield return token.Key;
        var fused = s_fusedRelatives.Value;
        if (fused.TryGetValue(token.Key, out var relative)
            || token.Key.Length > 1 && token.Key[0] is 'و' or 'ف' && fused.TryGetValue(token.Key[1..], out relative))
            yield return relative;
        analysis ??= CliticSegmenter.Analyze(token);
        if (analysis is null || analysis.Proclitics.Count == 0) yield break;
        if (analysis.Proclitics[0] is "و" or "ف" && token.Key.Length > 1) yield return token.Key[1..];
        if (analysis.IsDefinite) yield return CliticSegmenter.Article + analysis.Base;
    }
}
