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
    /// and its own as a neighbour at each offset) computed once per form and lexicon, grouped by <see cref="FormParts"/>:
    /// news repeats forms constantly, so a token costs only the few hashes that join it to its neighbours.
    /// </summary>
    internal sealed class TokenView : WordForm
    {
        private readonly ulong[] _features;
        private readonly byte[] _ends;

        public TokenView(string key, string proclitic, string @base, string stem, string shape, NerLexicon lexicon, bool boundary = false)
            : base(key, proclitic, @base, shape, boundary ? null : lexicon.TriggerOf(key) ?? (proclitic.Length > 0 ? lexicon.TriggerOf(@base) : null))
        {
            string[]? types = null, clusters = null, baseClusters = null;
            if (!boundary)
            {
                NameStarts = lexicon.NamesStartingWith(key, @base);
                types = lexicon.TypesOf(key) ?? (proclitic.Length > 0 ? lexicon.TypesOf(@base) : null);
                clusters = lexicon.Clusters.Of(key);
                if (proclitic.Length > 0) baseClusters = lexicon.Clusters.Of(@base);
            }
            // The word's class at a level, its base's when the form itself is rare, "-" when neither is known.
            string Cluster(int level) => clusters?[level] ?? baseClusters?[level] ?? (shape is "<s>" or "</s>" ? shape : "-");

            var levels = LevelsOf(lexicon);
            var features = new List<ulong>(64);
            _ends = new byte[FormParts.Count(levels)];
            void End(int part) => _ends[part] = checked((byte)features.Count);

            features.Add(s_bias);
            features.Add(FeatureHash.Of("w0", key));
            features.Add(FeatureHash.Of("b0", @base));
            features.Add(FeatureHash.Of("s0", stem));
            features.Add(FeatureHash.Of("pc0", proclitic));
            features.Add(FeatureHash.Of("sh0", shape));
            for (var n = 1; n <= 3; n++)
            {
                if (key.Length > n)
                {
                    features.Add(FeatureHash.Of(s_prefix[n], key.AsSpan(0, n)));
                    features.Add(FeatureHash.Of(s_suffix[n], key.AsSpan(key.Length - n)));
                }
                if (@base.Length > n && @base.Length != key.Length)
                {
                    features.Add(FeatureHash.Of(s_basePrefix[n], @base.AsSpan(0, n)));
                    features.Add(FeatureHash.Of(s_baseSuffix[n], @base.AsSpan(@base.Length - n)));
                }
            }
            features.Add(FeatureHash.Of("len", s_lengths[Math.Min(key.Length, 8)]));
            End(FormParts.Own);
            if (Trigger is not null) features.Add(FeatureHash.Of("tg0", Trigger));
            End(FormParts.OwnTrigger);
            foreach (var type in types ?? []) features.Add(FeatureHash.Of("gz0", type));
            End(FormParts.OwnTypes);

            int[] offsets = [-2, -1, 1, 2];
            foreach (var d in offsets)
            {
                var pos = s_offsets[d + 2];
                features.Add(FeatureHash.Of("w", pos, key));
                features.Add(FeatureHash.Of("b", pos, @base));
                if (Math.Abs(d) == 1)
                {
                    features.Add(FeatureHash.Of("s", pos, stem));
                    features.Add(FeatureHash.Of("sh", pos, shape));
                }
                End(FormParts.Neighbour(d));
            }
            foreach (var d in offsets)
            {
                if (Math.Abs(d) == 1) foreach (var type in types ?? []) features.Add(FeatureHash.Of("gz", s_offsets[d + 2], type));
                End(FormParts.NeighbourTypes(d));
            }
            foreach (var d in offsets)
            {
                if (Trigger is not null) features.Add(FeatureHash.Of("tg", s_offsets[d + 2], Trigger));
                End(FormParts.NeighbourTrigger(d));
            }
            PrevWord = FeatureHash.Of("w-1w0", key);
            WordNext = FeatureHash.Of("w0w+1", key);
            PrevBase = FeatureHash.Of("b-1b0", @base);
            BaseNext = FeatureHash.Of("b0b+1", @base);

            for (var l = 0; l < levels; l++)
            {
                var level = s_levelNames[l];
                var cluster = Cluster(l);
                features.Add(FeatureHash.Of("c0", level, cluster));
                if (baseClusters is not null && proclitic.Length > 0) features.Add(FeatureHash.Of("bc0", level, baseClusters[l]));
                End(FormParts.Cluster(l, 0));
                features.Add(FeatureHash.Of("c-1", level, cluster));
                End(FormParts.Cluster(l, -1));
                features.Add(FeatureHash.Of("c+1", level, cluster));
                End(FormParts.Cluster(l, 1));
                // Classes two words away are features at the two coarsest levels only.
                if (l < 2) features.Add(FeatureHash.Of("c-2", level, cluster));
                End(FormParts.Cluster(l, -2));
                if (l < 2) features.Add(FeatureHash.Of("c+2", level, cluster));
                End(FormParts.Cluster(l, 2));
            }
            if (levels > 1)
            {
                Cluster1 = Cluster(1);
                PrevCluster1 = FeatureHash.Of("c-1c0", Cluster1);
                ClusterNext1 = FeatureHash.Of("c0c+1", Cluster1);
            }
            _features = [.. features];
        }

        /// <summary>
        /// The form as the tagger reads it from a token of text: normalized, keyed, segmented, stemmed and shaped. Base,
        /// proclitics and stem are the project's one reading of a word (<see cref="CliticSegmenter"/>, whose stem is
        /// <see cref="LightStemmer"/>'s of the base), the reading every other step looks words up by. Strings equal to
        /// the token (or the key) are that one string, and proclitics and shapes, a few hundred between them, the copy in
        /// <paramref name="shared"/>: a cache of forms keeps one string where it would keep three.
        /// </summary>
        /// <remarks>
        /// Until issue #9 the stem was Lucene's <c>ArabicStemmer</c> over the whole word (prefixes stripped blind to hamza,
        /// pronouns kept). Retrained on ANERcorp with this stem: eval-ner tagger 0.7257 → 0.7215, pipeline 0.6803 → 0.6777.
        /// Tried and not kept, each retrained: the suffix rules keeping a final alef (0.7234, pipeline 0.6745), and a second
        /// stem of the word with only its proclitics taken off (0.7234, 0.6761; with the alef kept 0.7246, 0.6728).
        /// </remarks>
        public static TokenView Of(string token, NerLexicon lexicon, Dictionary<string, string> shared)
        {
            var normalized = ArabicNormalizer.Normalize(token).Text;
            var key = MatchingKey.FromNormalized(normalized);
            if (key == token) key = token;
            var shape = Shared(shared, NerFeatures.Shape(token));
            // A token the segmenter is not given (Latin, digits, letters outside the Arabic alphabet) is its own base.
            if (!IsArabic(normalized)) return new TokenView(key, "", key, LightStemmer.Stem(key), shape, lexicon);
            var analysis = CliticSegmenter.Analyze(normalized, key);
            var @base = analysis.Base == key ? key : analysis.Base;
            return new TokenView(key, Shared(shared, string.Concat(analysis.Proclitics)), @base, analysis.Stem, shape, lexicon);
        }

        private static string Shared(Dictionary<string, string> shared, string value)
        {
            if (shared.TryGetValue(value, out var copy)) return copy;
            return shared[value] = value;
        }

        public static TokenView Start(NerLexicon lexicon) => new("<s>", "", "<s>", "<s>", "<s>", lexicon, boundary: true);

        public static TokenView End(NerLexicon lexicon) => new("</s>", "", "</s>", "</s>", "</s>", lexicon, boundary: true);

        public int Parts => _ends.Length;

        /// <summary>The hashes of one part, in the order the templates give them.</summary>
        public ReadOnlySpan<ulong> Part(int part)
        {
            var start = part == 0 ? 0 : _ends[part - 1];
            return _features.AsSpan(start, _ends[part] - start);
        }
    }

    /// <summary>Where the feature walk puts what it finds: a group of a form's own features, or a hash that joins forms.</summary>
    internal interface IFeatureSink
    {
        void Part(WordForm form, int part);

        void Hash(ulong hash);
    }

    /// <summary>How many word-class levels the features use with this lexicon.</summary>
    internal static int LevelsOf(NerLexicon lexicon) => Math.Min(lexicon.Clusters.Levels, s_levelNames.Length);

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon) => Extract(tokens, lexicon, out _, out _);

    public static ulong[][] Extract(IReadOnlyList<string> tokens, NerLexicon lexicon, out string[] keys, out string[] bases)
    {
        var forms = t_forms is { } known && ReferenceEquals(known.Lexicon, lexicon) ? known : t_forms = new FormCache<TokenView>(lexicon, static view => view);
        var views = forms.Read(tokens, out keys, out bases, out var names);

        var features = new ulong[tokens.Count][];
        var sink = new HashSink(new List<ulong>(96));
        var levels = LevelsOf(lexicon);
        for (var i = 0; i < tokens.Count; i++)
        {
            sink.Features.Clear();
            Collect(views, names, i, forms.Start, forms.End, levels, ref sink);
            features[i] = [.. sink.Features];
        }
        return features;
    }

    private readonly record struct HashSink(List<ulong> Features) : IFeatureSink
    {
        public void Part(WordForm form, int part) => Features.AddRange(((TokenView)form).Part(part));

        public void Hash(ulong hash) => Features.Add(hash);
    }

    /// <summary>
    /// The features of token <paramref name="i"/>: the parts of each form in its ±2 window as <see cref="FormParts.At"/>
    /// gives them (its own, then the neighbours'), then the features that join forms (<see cref="Joined"/>). The one
    /// definition of the templates: training collects hashes through it, the tagger reads the same parts as sums it
    /// made once per form (<see cref="TaggerForms"/>) and the joined features through <see cref="Joined"/>. The model's
    /// weights add up exactly in double precision (<see cref="NerModel.SumsExactly"/>), so the order they are added in
    /// does not change a score.
    /// </summary>
    internal static void Collect<TSink>(WordForm[] views, string?[] names, int i, WordForm start, WordForm end, int levels, ref TSink f)
        where TSink : struct, IFeatureSink
    {
        foreach (var d in FormParts.Offsets)
        {
            var form = At(views, i + d, start, end);
            foreach (var part in FormParts.At(d, levels)) f.Part(form, part);
        }
        Joined(views, names, i, start, end, levels, ref f);
    }

    /// <summary>The form at <paramref name="at"/> in a sentence, the start or end form beyond it.</summary>
    internal static WordForm At(WordForm[] views, int at, WordForm start, WordForm end) =>
        at < 0 ? start : at >= views.Length ? end : views[at];

    /// <summary>
    /// The features of token <paramref name="i"/> that join its form to another's or to the sentence (first token, the
    /// lexicon's name marks, word, base and class pairs), as hashes: a dozen or so a token, against some 80 of its
    /// forms' own.
    /// </summary>
    internal static void Joined<TSink>(WordForm[] views, string?[] names, int i, WordForm start, WordForm end, int levels, ref TSink f)
        where TSink : struct, IFeatureSink
    {
        var t = views[i];
        var prev = At(views, i - 1, start, end);
        var next = At(views, i + 1, start, end);
        if (i == 0) f.Hash(s_first);
        if (i > 0 && names[i - 1] is { } before) f.Hash(FeatureHash.Continue(s_nameBefore, before));
        if (i + 1 < views.Length && names[i + 1] is { } after) f.Hash(FeatureHash.Continue(s_nameAfter, after));
        if (prev.Trigger is not null) f.Hash(FeatureHash.Of("tg-1sh0", prev.Trigger, t.Shape));
        f.Hash(FeatureHash.Continue(prev.PrevWord, t.Key));
        f.Hash(FeatureHash.Continue(t.WordNext, next.Key));
        f.Hash(FeatureHash.Continue(prev.PrevBase, t.Base));
        f.Hash(FeatureHash.Continue(t.BaseNext, next.Base));
        if (names[i] is { } name)
        {
            f.Hash(FeatureHash.Continue(s_name, name));
            f.Hash(FeatureHash.Of("nm0pc", name, t.Proclitic));
        }
        // Word classes from unlabeled news (Turian et al. 2010): class pairs with the previous and next word (the
        // word's own classes at every granularity and the neighbours' coarser ones are its forms' parts).
        if (levels > 1)
        {
            f.Hash(FeatureHash.Continue(prev.PrevCluster1, t.Cluster1));
            f.Hash(FeatureHash.Continue(t.ClusterNext1, next.Cluster1));
        }
    }

    private static readonly ulong s_name = FeatureHash.Of("nm0");
    private static readonly ulong s_nameBefore = FeatureHash.Of("nm", "-1");
    private static readonly ulong s_nameAfter = FeatureHash.Of("nm", "1");

    private static readonly string[] s_levelNames = ["0", "1", "2", "3", "4", "5", "6", "7"];
    private static readonly ulong s_first = FeatureHash.Of("first");

    // Per thread, the forms training has read with one lexicon (the model's; training switches between folds').
    [ThreadStatic] private static FormCache<TokenView>? t_forms;

    private static bool IsArabic(string word)
    {
        foreach (var c in word) if (c is < '\u0621' or > '\u064A') return false;
        return word.Length > 0;
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
