using System.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Observation features of each token of a sentence, as <see cref="FeatureHash"/> keys: the word, its
/// clitic-stripped base and light stem, affixes, shape, a ±2 window of words and bases, trigger words before it,
/// and lexicon membership. Tag-history features (previous one and two tags) are scored by the decoder.
/// </summary>
public static class NerFeatures
{
    // Lucene's stemmer keeps no state between calls but is not documented thread-safe; one per thread.
    [ThreadStatic] private static Lucene.Net.Analysis.Ar.ArabicStemmer? t_stemmer;

    private static readonly ulong s_bias = FeatureHash.Of("bias");

    // Template names built once, not per token: the same strings, so the same hashes.
    private static readonly string[] s_prefix = ["", "p1", "p2", "p3"];
    private static readonly string[] s_suffix = ["", "x1", "x2", "x3"];
    private static readonly string[] s_basePrefix = ["", "bp1", "bp2", "bp3"];
    private static readonly string[] s_baseSuffix = ["", "bx1", "bx2", "bx3"];
    private static readonly string[] s_lengths = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];
    private static readonly string[] s_offsets = ["-2", "-1", "0", "1", "2"];

    internal sealed class TokenView(string key, string proclitic, string @base, string stem, string shape)
    {
        public string Key { get; } = key;
        public string Proclitic { get; } = proclitic;
        public string Base { get; } = @base;
        public string Stem { get; } = stem;
        public string Shape { get; } = shape;
        public string? Trigger { get; set; }
        public string[]? Types { get; set; }
        public string? Name { get; set; }
        public string[]? Clusters { get; set; }
        public string[]? BaseClusters { get; set; }

        /// <summary>The word's cluster at a level, its base's when the form itself is rare, "-" when neither is known.</summary>
        public string Cluster(int level) => Clusters?[level] ?? BaseClusters?[level] ?? (Shape is "<s>" or "</s>" ? Shape : "-");
    }

    private static readonly TokenView s_start = new("<s>", "", "<s>", "<s>", "<s>");
    private static readonly TokenView s_end = new("</s>", "", "</s>", "</s>", "</s>");

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon) => Extract(tokens, lexicon, out _, out _);

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon, out string[] keys, out string[] bases)
    {
        var views = new TokenView[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) views[i] = View(tokens[i], lexicon);
        keys = views.Select(v => v.Key).ToArray();
        bases = views.Select(v => v.Base).ToArray();
        var names = lexicon.MarkNames(keys, bases);
        for (var i = 0; i < views.Length; i++) views[i].Name = names[i];

        var features = new ulong[tokens.Count][];
        var buffer = new List<ulong>(96);
        for (var i = 0; i < tokens.Count; i++)
        {
            buffer.Clear();
            Collect(views, i, buffer, lexicon.Clusters.Levels);
            features[i] = [.. buffer];
        }
        return features;
    }

    private static TokenView At(TokenView[] views, int i) => i < 0 ? s_start : i >= views.Length ? s_end : views[i];

    private static void Collect(TokenView[] views, int i, List<ulong> f, int clusterLevels)
    {
        var t = views[i];
        f.Add(s_bias);
        f.Add(FeatureHash.Of("w0", t.Key));
        f.Add(FeatureHash.Of("b0", t.Base));
        f.Add(FeatureHash.Of("s0", t.Stem));
        f.Add(FeatureHash.Of("pc0", t.Proclitic));
        f.Add(FeatureHash.Of("sh0", t.Shape));
        for (var n = 1; n <= 3; n++)
        {
            if (t.Key.Length > n)
            {
                f.Add(FeatureHash.Of(s_prefix[n], t.Key.AsSpan(0, n)));
                f.Add(FeatureHash.Of(s_suffix[n], t.Key.AsSpan(t.Key.Length - n)));
            }
            if (t.Base.Length > n && t.Base.Length != t.Key.Length)
            {
                f.Add(FeatureHash.Of(s_basePrefix[n], t.Base.AsSpan(0, n)));
                f.Add(FeatureHash.Of(s_baseSuffix[n], t.Base.AsSpan(t.Base.Length - n)));
            }
        }
        f.Add(FeatureHash.Of("len", s_lengths[Math.Min(t.Key.Length, 8)]));
        if (i == 0) f.Add(FeatureHash.Of("first"));

        for (var d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            var o = At(views, i + d);
            var pos = s_offsets[d + 2];
            f.Add(FeatureHash.Of("w", pos, o.Key));
            f.Add(FeatureHash.Of("b", pos, o.Base));
            if (Math.Abs(d) == 1)
            {
                f.Add(FeatureHash.Of("s", pos, o.Stem));
                f.Add(FeatureHash.Of("sh", pos, o.Shape));
                if (o.Name is not null) f.Add(FeatureHash.Of("nm", pos, o.Name));
                if (o.Types is not null) foreach (var type in o.Types) f.Add(FeatureHash.Of("gz", pos, type));
            }
            if (o.Trigger is not null)
            {
                f.Add(FeatureHash.Of("tg", pos, o.Trigger));
                if (d == -1) f.Add(FeatureHash.Of("tg-1sh0", o.Trigger, t.Shape));
            }
        }
        var prev = At(views, i - 1);
        var next = At(views, i + 1);
        f.Add(FeatureHash.Of("w-1w0", prev.Key, t.Key));
        f.Add(FeatureHash.Of("w0w+1", t.Key, next.Key));
        f.Add(FeatureHash.Of("b-1b0", prev.Base, t.Base));
        f.Add(FeatureHash.Of("b0b+1", t.Base, next.Base));

        if (t.Trigger is not null) f.Add(FeatureHash.Of("tg0", t.Trigger));
        if (t.Name is not null)
        {
            f.Add(FeatureHash.Of("nm0", t.Name));
            f.Add(FeatureHash.Of("nm0pc", t.Name, t.Proclitic));
        }
        if (t.Types is not null) foreach (var type in t.Types) f.Add(FeatureHash.Of("gz0", type));
        if (clusterLevels > 0) ClusterFeatures(views, i, f, Math.Min(clusterLevels, s_levelNames.Length));
    }

    private static readonly string[] s_levelNames = ["0", "1", "2", "3", "4", "5", "6", "7"];

    // Word classes from unlabeled news (Turian et al. 2010): the word's class at every granularity, its base's,
    // the neighbours' coarser classes, and class pairs with the previous and next word.
    private static void ClusterFeatures(TokenView[] views, int i, List<ulong> f, int levels)
    {
        var t = views[i];
        var prev = At(views, i - 1);
        var next = At(views, i + 1);
        for (var l = 0; l < levels; l++)
        {
            var level = s_levelNames[l];
            f.Add(FeatureHash.Of("c0", level, t.Cluster(l)));
            if (t.BaseClusters is not null && t.Proclitic.Length > 0) f.Add(FeatureHash.Of("bc0", level, t.BaseClusters[l]));
            f.Add(FeatureHash.Of("c-1", level, prev.Cluster(l)));
            f.Add(FeatureHash.Of("c+1", level, next.Cluster(l)));
            if (l < 2)
            {
                f.Add(FeatureHash.Of("c-2", level, At(views, i - 2).Cluster(l)));
                f.Add(FeatureHash.Of("c+2", level, At(views, i + 2).Cluster(l)));
            }
            if (l == 1)
            {
                f.Add(FeatureHash.Of("c-1c0", prev.Cluster(l), t.Cluster(l)));
                f.Add(FeatureHash.Of("c0c+1", t.Cluster(l), next.Cluster(l)));
            }
        }
    }

    // Per thread: the lexicon-free analysis of a word form, which news repeats constantly.
    [ThreadStatic] private static Dictionary<string, (string Key, string Proclitic, string Base, string Stem, string Shape)>? t_forms;
    private const int FormCacheLimit = 200_000;

    internal static TokenView View(string token, NerLexicon lexicon)
    {
        var forms = t_forms ??= new(StringComparer.Ordinal);
        if (!forms.TryGetValue(token, out var form))
        {
            var normalized = ArabicNormalizer.Normalize(token).Text;
            var key = MatchingKey.FromNormalized(normalized);
            var (proclitic, @base) = IsArabic(normalized) ? Segment(normalized, key) : ("", key);
            form = (key, proclitic, @base, Stem(key), Shape(token));
            if (forms.Count >= FormCacheLimit) forms.Clear();
            forms[token] = form;
        }
        var view = new TokenView(form.Key, form.Proclitic, form.Base, form.Stem, form.Shape);
        view.Trigger = lexicon.TriggerOf(form.Key) ?? (form.Proclitic.Length > 0 ? lexicon.TriggerOf(form.Base) : null);
        view.Types = lexicon.TypesOf(form.Key) ?? (form.Proclitic.Length > 0 ? lexicon.TypesOf(form.Base) : null);
        view.Clusters = lexicon.Clusters.Of(form.Key);
        if (form.Proclitic.Length > 0) view.BaseClusters = lexicon.Clusters.Of(form.Base);
        return view;
    }

    private static (string Proclitic, string Base) Segment(string normalized, string key)
    {
        var analysis = CliticSegmenter.Analyze(normalized, key);
        return (string.Concat(analysis.Proclitics), analysis.Base);
    }

    private static bool IsArabic(string word)
    {
        foreach (var c in word) if (c is < '\u0621' or > '\u064A') return false;
        return word.Length > 0;
    }

    private static string Stem(string key)
    {
        if (key.Length == 0) return key;
        var stemmer = t_stemmer ??= new Lucene.Net.Analysis.Ar.ArabicStemmer();
        var chars = key.ToCharArray();
        var length = stemmer.Stem(chars, chars.Length);
        return new string(chars, 0, length);
    }

    /// <summary>Character classes with repeats collapsed: محمد → a, Al-Qaeda → Xx-Xx, 2015 → d.</summary>
    internal static string Shape(string token)
    {
        var shape = new StringBuilder(8);
        foreach (var c in token)
        {
            var s = c switch
            {
                >= '0' and <= '9' or >= '\u0660' and <= '\u0669' => 'd',
                >= 'A' and <= 'Z' => 'X',
                >= 'a' and <= 'z' => 'x',
                >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' => 'a',
                _ when char.IsLetter(c) => 'l',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (shape.Length == 0 || shape[^1] != s) shape.Append(s);
            if (shape.Length == 6) break;
        }
        return shape.ToString();
    }
}
