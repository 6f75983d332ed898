using System.IO.Compression;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace Marsad.Entities.Recognition;

/// <summary>
/// A trained recognizer: averaged perceptron weights per (observation feature, tag), tag-history weights,
/// and the lexicon its features were computed with. Immutable once built, so one instance serves all threads.
/// File format (gzip): "MNER", version, lexicon, transitions, then features sorted by key, each with its
/// non-zero tag weights — sorted so the same training run always writes the same bytes. The lexicon's names are
/// grouped by first word in ordinal order, each group in the order the lexicon tries them (which decides ties).
/// </summary>
public sealed class NerModel
{
    // 5: a provenance record (NerProvenance) after the header.
    private const int Version = 5;
    private const int T = NerTags.Count;

    private readonly FeatureTable<int> _index;
    private readonly float[] _weights;
    private readonly float[] _trans1;
    private readonly float[] _trans2;

    internal NerModel(IReadOnlyDictionary<ulong, int> index, float[] weights, float[] trans1, float[] trans2, NerLexicon lexicon, float confidenceScale)
        : this(new FeatureTable<int>(index), weights, trans1, trans2, lexicon, confidenceScale)
    {
    }

    private NerModel(FeatureTable<int> index, float[] weights, float[] trans1, float[] trans2, NerLexicon lexicon, float confidenceScale)
    {
        _index = index;
        _weights = weights;
        _trans1 = trans1;
        _trans2 = trans2;
        Lexicon = lexicon;
        ConfidenceScale = confidenceScale;
    }

    public NerLexicon Lexicon { get; }

    /// <summary>Where this model came from (training data, lexicon, options, test F1); null for a model saved without it.</summary>
    public NerProvenance? Provenance { get; private init; }

    /// <summary>This model with its provenance recorded (set by training before saving).</summary>
    public NerModel WithProvenance(NerProvenance provenance) =>
        new(_index, _weights, _trans1, _trans2, Lexicon, ConfidenceScale)
        {
            OutsideBias = OutsideBias, SecondPass = SecondPass, DocumentSentences = DocumentSentences, Provenance = provenance,
        };

    /// <summary>The second pass that rereads the document with this pass's tags; null for a single-pass model.</summary>
    public NerModel? SecondPass { get; private init; }

    /// <summary>Sentences per document the second pass was trained on (a hint for callers splitting long texts).</summary>
    public int DocumentSentences { get; private init; }

    internal NerModel WithSecondPass(NerModel second, int documentSentences) =>
        new(_index, _weights, _trans1, _trans2, Lexicon, ConfidenceScale) { SecondPass = second, DocumentSentences = documentSentences };

    /// <summary>Score margin at which a span's confidence reaches 0.5 + tanh(1)/2 ≈ 0.88.</summary>
    public float ConfidenceScale { get; }

    public int FeatureCount => _index.Count;

    /// <summary>
    /// Subtracted from the O score of every token of the final pass. The perceptron is conservative on names it
    /// has never seen (precision well above recall); a bias tuned on held-out training data trades some back.
    /// </summary>
    public float OutsideBias { get; private init; }

    /// <summary>This model (both passes) with another <see cref="ConfidenceScale"/>.</summary>
    public NerModel WithConfidenceScale(float scale) =>
        new(_index, _weights, _trans1, _trans2, Lexicon, scale)
        {
            OutsideBias = OutsideBias, SecondPass = SecondPass?.WithConfidenceScale(scale), DocumentSentences = DocumentSentences,
        };

    /// <summary>This model with <paramref name="bias"/> on its final pass (the first pass of a two-pass model stays as trained).</summary>
    public NerModel WithOutsideBias(float bias) => SecondPass is { } second
        ? new(_index, _weights, _trans1, _trans2, Lexicon, ConfidenceScale) { SecondPass = second.WithOutsideBias(bias), DocumentSentences = DocumentSentences }
        : new(_index, _weights, _trans1, _trans2, Lexicon, ConfidenceScale) { OutsideBias = bias };

    internal double[] Emissions(ulong[][] features)
    {
        var emit = new double[features.Length * T];
        for (var i = 0; i < features.Length; i++)
        {
            foreach (var key in features[i])
                if (TryFeature(key, out var f)) AddWeights(emit, i * T, f);
            emit[i * T] -= OutsideBias;
        }
        return emit;
    }

    /// <summary>
    /// Whether every sum of up to <see cref="ExactTerms"/> of this pass's feature weights is exact in double precision,
    /// so that emission scores do not depend on the order their weights are added in. A float weight is an integer
    /// times a power of two; when the smallest such power among the weights and the largest weight (times the number
    /// of terms) are within 53 bits of each other, every partial sum is a double. Averaged perceptron weights are
    /// (2⁻³³ … 2⁶ in the shipped model: 50 bits with 1,024 terms), which lets the tagger add a form's own weights once
    /// (<see cref="TaggerForms"/>) and still give the scores of adding them one by one.
    /// </summary>
    internal bool SumsExactly => _sumsExactly ??= ExactlySummable(_weights, ExactTerms);

    /// <summary>Terms <see cref="SumsExactly"/> allows for: a token has some 130 features at most.</summary>
    internal const int ExactTerms = 1024;

    private bool? _sumsExactly;

    internal static bool ExactlySummable(ReadOnlySpan<float> weights, int terms)
    {
        int lowest = int.MaxValue, highest = int.MinValue;
        foreach (var w in weights)
        {
            if (w == 0) continue;
            if (!float.IsFinite(w)) return false;
            var bits = BitConverter.SingleToInt32Bits(w);
            var exponent = (bits >> 23) & 0xFF;
            var mantissa = bits & 0x7FFFFF;
            // w = significand × 2^(scale); the significand's lowest and highest set bits bound the weight's bits.
            var (significand, scale) = exponent == 0 ? (mantissa, -149) : (mantissa | 0x800000, exponent - 150);
            lowest = Math.Min(lowest, scale + BitOperations.TrailingZeroCount(significand));
            highest = Math.Max(highest, scale + 31 - BitOperations.LeadingZeroCount((uint)significand));
        }
        if (lowest == int.MaxValue) return true;
        // Each term is below 2^(highest + 1), so a sum of `terms` is below 2^(highest + 1 + log2 terms), and every partial sum
        // is a multiple of 2^lowest: a double holds it exactly when that spans at most 53 bits.
        return highest + 1 + BitOperations.Log2((uint)BitOperations.RoundUpToPowerOf2((uint)terms)) - lowest <= 53;
    }

    /// <summary>
    /// Each feature hash of this pass and of <see cref="SecondPass"/> with its rows in both (<see cref="PassRows"/>), built
    /// on first use and shared by all threads: the tagger probes it once for both passes where the two passes' own tables
    /// would cost two probes (for a single-pass model, the second row is always −1).
    /// </summary>
    internal FeatureTable<PassRows> BothPasses =>
        LazyInitializer.EnsureInitialized(ref _bothPasses, () =>
        {
            var rows = new Dictionary<ulong, PassRows>(_index.Count);
            foreach (var (key, row) in _index.Entries) rows[key] = new PassRows(row, -1);
            foreach (var (key, row) in SecondPass?._index.Entries ?? [])
                rows[key] = new PassRows(rows.TryGetValue(key, out var first) ? first.First : -1, row);
            return new FeatureTable<PassRows>(rows);
        });

    private FeatureTable<PassRows>? _bothPasses;

    /// <summary>The weight row of a feature hash, when the model has one.</summary>
    internal bool TryFeature(ulong key, out int feature) => _index.TryGetValue(key, out feature);

    /// <summary>Adds a feature's weight for each tag to a token's emission scores (the one place scores are summed).</summary>
    internal void AddWeights(double[] emit, int row, int feature)
    {
        var weights = _weights.AsSpan(feature * T, T);
        var scores = emit.AsSpan(row, T);
        if (Vector256.IsHardwareAccelerated)
        {
            // Eight tags four at a time, the ninth alone: each lane adds the same double to the same score as the loop below.
            var (low, high) = Vector256.Widen(Vector256.Create<float>(weights));
            (Vector256.Create<double>(scores) + low).CopyTo(scores);
            (Vector256.Create<double>(scores[4..]) + high).CopyTo(scores[4..]);
            scores[8] += weights[8];
            return;
        }
        for (var y = 0; y < T; y++) scores[y] += weights[y];
    }

    internal int[] Decode(ulong[][] features) =>
        SequenceDecoder.Viterbi(features.Length, Emissions(features), _trans1, _trans2);

    internal int[] Decode(double[] emit, int n) => SequenceDecoder.Viterbi(n, emit, _trans1, _trans2);

    /// <summary>The best tags, with the Viterbi scores that max-marginals reuse left in <paramref name="work"/>.</summary>
    internal int[] Decode(ReadOnlySpan<double> emit, int n, DecoderWorkspace work) => SequenceDecoder.Viterbi(n, emit, _trans1, _trans2, work);

    /// <summary>
    /// Max-marginals from token <paramref name="from"/> on, given the forward scores <see cref="Decode(ReadOnlySpan{double}, int, DecoderWorkspace)"/>
    /// left in <paramref name="work"/>; valid until its next decode.
    /// </summary>
    internal ReadOnlySpan<double> MaxMarginals(ReadOnlySpan<double> emit, int n, DecoderWorkspace work, int from) =>
        SequenceDecoder.MaxMarginals(n, emit, _trans1, _trans2, work, from);

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write("MNER"u8);
        w.Write(Version);
        w.Write(T);
        w.Write(Provenance?.Serialize() ?? "");
        Write(w);
        w.Write(SecondPass is not null);
        if (SecondPass is null) return;
        w.Write(DocumentSentences);
        SecondPass.Write(w);
    }

    private void Write(BinaryWriter w)
    {
        w.Write(ConfidenceScale);
        w.Write(OutsideBias);
        WriteLexicon(w, Lexicon);
        foreach (var v in _trans1) w.Write(v);
        foreach (var v in _trans2) w.Write(v);
        var rows = _index.Entries.OrderBy(r => r.Key).ToArray();
        w.Write(rows.Length);
        foreach (var (key, f) in rows)
        {
            w.Write(key);
            ushort mask = 0;
            for (var y = 0; y < T; y++) if (_weights[f * T + y] != 0) mask |= (ushort)(1 << y);
            w.Write(mask);
            for (var y = 0; y < T; y++) if (_weights[f * T + y] != 0) w.Write(_weights[f * T + y]);
        }
    }

    /// <summary>
    /// Reads a model; its word clusters are the embedded table, or <paramref name="clusters"/> when the model was trained
    /// with that one (a candidate table tried with <c>eval-ner --clusters</c> before it is shipped).
    /// </summary>
    public static NerModel Load(Stream stream, WordClusters? clusters = null)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        if (!r.ReadBytes(4).AsSpan().SequenceEqual("MNER"u8))
            throw new InvalidDataException("MARSAD-N005 The stream is not a Marsad NER model (no MNER header); retrain it with `train-ner`.");
        var version = r.ReadInt32();
        var tags = r.ReadInt32();
        if (version is not (4 or Version) || tags != T)
            throw new InvalidDataException($"MARSAD-N006 NER model version {version} with {tags} tags cannot be read by this build (expects {Version}, {T}); retrain it with `train-ner`.");
        var provenance = version >= 5 ? NerProvenance.Parse(r.ReadString()) : null;
        var first = Read(r, clusters);
        if (!r.ReadBoolean()) return provenance is null ? first : first.WithProvenance(provenance);
        var documentSentences = r.ReadInt32();
        var model = first.WithSecondPass(Read(r, clusters), documentSentences);
        return provenance is null ? model : model.WithProvenance(provenance);
    }

    private static NerModel Read(BinaryReader r, WordClusters? clusters)
    {
        var scale = r.ReadSingle();
        var bias = r.ReadSingle();
        var lexicon = ReadLexicon(r, clusters);
        var trans1 = new float[(T + 1) * T];
        var trans2 = new float[(T + 1) * (T + 1) * T];
        for (var i = 0; i < trans1.Length; i++) trans1[i] = r.ReadSingle();
        for (var i = 0; i < trans2.Length; i++) trans2[i] = r.ReadSingle();
        var count = r.ReadInt32();
        var index = new Dictionary<ulong, int>(count);
        var weights = new float[count * T];
        for (var f = 0; f < count; f++)
        {
            index[r.ReadUInt64()] = f;
            var mask = r.ReadUInt16();
            for (var y = 0; y < T; y++)
                if ((mask & (1 << y)) != 0) weights[f * T + y] = r.ReadSingle();
        }
        return new NerModel(index, weights, trans1, trans2, lexicon, scale) { OutsideBias = bias };
    }

    public static NerModel Load(string path, WordClusters? clusters = null)
    {
        using var file = File.OpenRead(path);
        return Load(file, clusters);
    }

    private static void WriteLexicon(BinaryWriter w, NerLexicon lexicon)
    {
        var triggers = lexicon.Triggers.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(triggers.Count);
        foreach (var (key, type) in triggers) { w.Write(key); w.Write(type); }
        var types = lexicon.TokenTypes.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(types.Count);
        foreach (var (key, flags) in types) { w.Write(key); w.Write(string.Join(' ', flags)); }
        // Names sharing a first word keep the lexicon's order: it is the order they are tried in (the first listed wins
        // where two match, as ابراهيم PER before LOC), and a loaded model must try them in the order it was trained with.
        // Sorting them by text and type (as files before issue #9's fix did) cost the shipped model's test F1 0.7320 → 0.7292.
        var names = lexicon.Names.GroupBy(n => n.Keys[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g).Select(n => (Joined: string.Join(' ', n.Keys), n.Type)).ToList();
        w.Write(names.Count);
        foreach (var (joined, type) in names) { w.Write(joined); w.Write(type); }
        w.Write(lexicon.Clusters.Fingerprint);
    }

    private static NerLexicon ReadLexicon(BinaryReader r, WordClusters? clusters)
    {
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0, n = r.ReadInt32(); i < n; i++) triggers[r.ReadString()] = r.ReadString();
        var types = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int i = 0, n = r.ReadInt32(); i < n; i++) types[r.ReadString()] = r.ReadString().Split(' ');
        var names = new List<(string[], string)>();
        for (int i = 0, n = r.ReadInt32(); i < n; i++) names.Add((r.ReadString().Split(' '), r.ReadString()));
        var fingerprint = r.ReadUInt64();
        return new NerLexicon(triggers, types, names, clusters?.Fingerprint == fingerprint ? clusters : WordClusters.Resolve(fingerprint));
    }
}
