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

    /// <summary>
    /// A word form as the features see it, with the hashes of every feature that depends on the form alone (its own,
    /// and its own as a neighbour at each offset) computed once per form and lexicon: news repeats forms constantly,
    /// so a token costs only the few hashes that join it to its neighbours. The hashes are those the templates give.
    /// </summary>
    internal sealed class TokenView
    {
        public TokenView(string key, string proclitic, string @base, string stem, string shape, NerLexicon lexicon, bool boundary = false)
        {
            Key = key;
            Proclitic = proclitic;
            Base = @base;
            Stem = stem;
            Shape = shape;
            if (!boundary)
            {
                Trigger = lexicon.TriggerOf(key) ?? (proclitic.Length > 0 ? lexicon.TriggerOf(@base) : null);
                Types = lexicon.TypesOf(key) ?? (proclitic.Length > 0 ? lexicon.TypesOf(@base) : null);
                Clusters = lexicon.Clusters.Of(key);
                if (proclitic.Length > 0) BaseClusters = lexicon.Clusters.Of(@base);
            }
            Levels = Math.Min(lexicon.Clusters.Levels, s_levelNames.Length);
            Hash();
        }

        public string Key { get; }
        public string Proclitic { get; }
        public string Base { get; }
        public string Stem { get; }
        public string Shape { get; }
        public string? Trigger { get; }
        public string[]? Types { get; }
        public string[]? Clusters { get; }
        public string[]? BaseClusters { get; }
        public int Levels { get; }

        /// <summary>The word's cluster at a level, its base's when the form itself is rare, "-" when neither is known.</summary>
        public string Cluster(int level) => Clusters?[level] ?? BaseClusters?[level] ?? (Shape is "<s>" or "</s>" ? Shape : "-");

        // Its own features: bias … len; the trigger; the lexicon types.
        public ulong[] Own = [];
        public ulong? OwnTrigger;
        public ulong[] OwnTypes = [];
        // As the neighbour at offset d (index d + 2): words and bases, stems and shapes at ±1; types at ±1; trigger.
        public readonly ulong[][] AsNeighbour = new ulong[5][];
        public readonly ulong[][] NeighbourTypes = new ulong[5][];
        public readonly ulong?[] NeighbourTrigger = new ulong?[5];
        // Pair templates hashed up to this form as the left member; the right member's value is hashed on.
        public ulong PrevWord, WordNext, PrevBase, BaseNext;
        // Clusters per level: its own (and its base's), as the neighbour at each offset, and as the left of a pair at level 1.
        public ulong[][] OwnClusters = [];
        public ulong[][] ClusterAsNeighbour = new ulong[5][];
        public ulong PrevCluster1, ClusterNext1;

        private void Hash()
        {
            var own = new List<ulong>(24)
            {
                s_bias,
                FeatureHash.Of("w0", Key), FeatureHash.Of("b0", Base), FeatureHash.Of("s0", Stem),
                FeatureHash.Of("pc0", Proclitic), FeatureHash.Of("sh0", Shape),
            };
            for (var n = 1; n <= 3; n++)
            {
                if (Key.Length > n)
                {
                    own.Add(FeatureHash.Of(s_prefix[n], Key.AsSpan(0, n)));
                    own.Add(FeatureHash.Of(s_suffix[n], Key.AsSpan(Key.Length - n)));
                }
                if (Base.Length > n && Base.Length != Key.Length)
                {
                    own.Add(FeatureHash.Of(s_basePrefix[n], Base.AsSpan(0, n)));
                    own.Add(FeatureHash.Of(s_baseSuffix[n], Base.AsSpan(Base.Length - n)));
                }
            }
            own.Add(FeatureHash.Of("len", s_lengths[Math.Min(Key.Length, 8)]));
            Own = [.. own];
            if (Trigger is not null) OwnTrigger = FeatureHash.Of("tg0", Trigger);
            if (Types is not null) OwnTypes = [.. Types.Select(type => FeatureHash.Of("gz0", type))];

            for (var d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                var pos = s_offsets[d + 2];
                AsNeighbour[d + 2] = Math.Abs(d) == 1
                    ? [FeatureHash.Of("w", pos, Key), FeatureHash.Of("b", pos, Base), FeatureHash.Of("s", pos, Stem), FeatureHash.Of("sh", pos, Shape)]
                    : [FeatureHash.Of("w", pos, Key), FeatureHash.Of("b", pos, Base)];
                NeighbourTypes[d + 2] = Math.Abs(d) == 1 && Types is not null ? [.. Types.Select(type => FeatureHash.Of("gz", pos, type))] : [];
                if (Trigger is not null) NeighbourTrigger[d + 2] = FeatureHash.Of("tg", pos, Trigger);
            }
            PrevWord = FeatureHash.Of("w-1w0", Key);
            WordNext = FeatureHash.Of("w0w+1", Key);
            PrevBase = FeatureHash.Of("b-1b0", Base);
            BaseNext = FeatureHash.Of("b0b+1", Base);

            OwnClusters = new ulong[Levels][];
            for (var d = -2; d <= 2; d++) if (d != 0) ClusterAsNeighbour[d + 2] = new ulong[Levels];
            for (var l = 0; l < Levels; l++)
            {
                var level = s_levelNames[l];
                var cluster = Cluster(l);
                OwnClusters[l] = BaseClusters is not null && Proclitic.Length > 0
                    ? [FeatureHash.Of("c0", level, cluster), FeatureHash.Of("bc0", level, BaseClusters[l])]
                    : [FeatureHash.Of("c0", level, cluster)];
                ClusterAsNeighbour[1][l] = FeatureHash.Of("c-1", level, cluster);
                ClusterAsNeighbour[3][l] = FeatureHash.Of("c+1", level, cluster);
                ClusterAsNeighbour[0][l] = FeatureHash.Of("c-2", level, cluster);
                ClusterAsNeighbour[4][l] = FeatureHash.Of("c+2", level, cluster);
            }
            if (Levels > 1)
            {
                PrevCluster1 = FeatureHash.Of("c-1c0", Cluster(1));
                ClusterNext1 = FeatureHash.Of("c0c+1", Cluster(1));
            }
        }
    }

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon) => Extract(tokens, lexicon, out _, out _);

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon, out string[] keys, out string[] bases)
    {
        var cache = FormCache.For(lexicon);
        var views = new TokenView[tokens.Count];
        keys = new string[tokens.Count];
        bases = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            views[i] = cache.View(tokens[i]);
            keys[i] = views[i].Key;
            bases[i] = views[i].Base;
        }
        var names = lexicon.MarkNames(keys, bases);

        var features = new ulong[tokens.Count][];
        var buffer = new List<ulong>(96);
        for (var i = 0; i < tokens.Count; i++)
        {
            buffer.Clear();
            Collect(views, names, i, buffer, cache);
            features[i] = [.. buffer];
        }
        return features;
    }

    /// <summary>
    /// The features of token <paramref name="i"/>, in the order the model was trained with (the emission scores sum them
    /// in this order, so the same order gives the same scores to the last bit).
    /// </summary>
    private static void Collect(TokenView[] views, string?[] names, int i, List<ulong> f, FormCache cache)
    {
        var t = views[i];
        var name = names[i];
        f.AddRange(t.Own);
        if (i == 0) f.Add(s_first);

        for (var d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            var at = i + d;
            var o = at < 0 ? cache.Start : at >= views.Length ? cache.End : views[at];
            f.AddRange(o.AsNeighbour[d + 2]);
            if (Math.Abs(d) == 1)
            {
                if (at >= 0 && at < views.Length && names[at] is { } neighbourName) f.Add(FeatureHash.Of("nm", s_offsets[d + 2], neighbourName));
                f.AddRange(o.NeighbourTypes[d + 2]);
            }
            if (o.NeighbourTrigger[d + 2] is { } trigger)
            {
                f.Add(trigger);
                if (d == -1) f.Add(FeatureHash.Of("tg-1sh0", o.Trigger, t.Shape));
            }
        }
        var prev = i > 0 ? views[i - 1] : cache.Start;
        var next = i + 1 < views.Length ? views[i + 1] : cache.End;
        f.Add(FeatureHash.Continue(prev.PrevWord, t.Key));
        f.Add(FeatureHash.Continue(t.WordNext, next.Key));
        f.Add(FeatureHash.Continue(prev.PrevBase, t.Base));
        f.Add(FeatureHash.Continue(t.BaseNext, next.Base));

        if (t.OwnTrigger is { } ownTrigger) f.Add(ownTrigger);
        if (name is not null)
        {
            f.Add(FeatureHash.Of("nm0", name));
            f.Add(FeatureHash.Of("nm0pc", name, t.Proclitic));
        }
        f.AddRange(t.OwnTypes);
        if (t.Levels > 0) ClusterFeatures(views, i, f, cache);
    }

    private static readonly string[] s_levelNames = ["0", "1", "2", "3", "4", "5", "6", "7"];
    private static readonly ulong s_first = FeatureHash.Of("first");

    // Word classes from unlabeled news (Turian et al. 2010): the word's class at every granularity, its base's,
    // the neighbours' coarser classes, and class pairs with the previous and next word.
    private static void ClusterFeatures(TokenView[] views, int i, List<ulong> f, FormCache cache)
    {
        var t = views[i];
        TokenView At(int k) => k < 0 ? cache.Start : k >= views.Length ? cache.End : views[k];
        var prev = At(i - 1);
        var next = At(i + 1);
        for (var l = 0; l < t.Levels; l++)
        {
            f.AddRange(t.OwnClusters[l]);
            f.Add(prev.ClusterAsNeighbour[1][l]);
            f.Add(next.ClusterAsNeighbour[3][l]);
            if (l < 2)
            {
                f.Add(At(i - 2).ClusterAsNeighbour[0][l]);
                f.Add(At(i + 2).ClusterAsNeighbour[4][l]);
            }
            if (l == 1)
            {
                f.Add(FeatureHash.Continue(prev.PrevCluster1, t.Cluster(l)));
                f.Add(FeatureHash.Continue(t.ClusterNext1, next.Cluster(l)));
            }
        }
    }

    /// <summary>Per thread, the views of the word forms seen with one lexicon (the model's; training switches between folds').</summary>
    private sealed class FormCache
    {
        private const int Limit = 200_000;
        [ThreadStatic] private static FormCache? t_cache;

        private readonly NerLexicon _lexicon;
        private readonly Dictionary<string, TokenView> _forms = new(StringComparer.Ordinal);

        private FormCache(NerLexicon lexicon)
        {
            _lexicon = lexicon;
            Start = new TokenView("<s>", "", "<s>", "<s>", "<s>", lexicon, boundary: true);
            End = new TokenView("</s>", "", "</s>", "</s>", "</s>", lexicon, boundary: true);
        }

        public TokenView Start { get; }
        public TokenView End { get; }

        public static FormCache For(NerLexicon lexicon) =>
            t_cache is { } cache && ReferenceEquals(cache._lexicon, lexicon) ? cache : t_cache = new FormCache(lexicon);

        public TokenView View(string token)
        {
            if (_forms.TryGetValue(token, out var view)) return view;
            var normalized = ArabicNormalizer.Normalize(token).Text;
            var key = MatchingKey.FromNormalized(normalized);
            var (proclitic, @base) = IsArabic(normalized) ? Segment(normalized, key) : ("", key);
            view = new TokenView(key, proclitic, @base, Stem(key), Shape(token), _lexicon);
            if (_forms.Count >= Limit) _forms.Clear();
            _forms[token] = view;
            return view;
        }
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
