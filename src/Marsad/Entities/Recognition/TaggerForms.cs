using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Per thread, the word forms one tagger has seen (a <see cref="FormCache{TForm}"/>, the reading training uses too), each
/// with its own features already looked up in the model: for each pass, the weight rows of every
/// <see cref="FormParts">part</see> the pass has weights for. A token then costs the lookups of only the few features that
/// join it to its neighbours (about 10 of 80), and a cached form keeps its strings, its pair hashes and those rows, not the
/// hashes of features the model never saw.
/// </summary>
internal sealed class TaggerForms
{
    private const int T = NerTags.Count;
    [ThreadStatic] private static TaggerForms? t_forms;

    private readonly NerModel _first;
    private readonly NerModel? _second;
    private readonly int _levels;
    private readonly FormCache<Form> _forms;

    private TaggerForms(NerModel model)
    {
        _first = model;
        _second = model.SecondPass;
        _levels = NerFeatures.LevelsOf(model.Lexicon);
        // Both passes are trained on the same corpus lexicon, so one form serves both.
        _forms = new FormCache<Form>(model.Lexicon, Resolve);
    }

    public Form Start => _forms.Start;
    public Form End => _forms.End;

    public static TaggerForms For(NerModel model) =>
        t_forms is { } forms && ReferenceEquals(forms._first, model) ? forms : t_forms = new TaggerForms(model);

    /// <inheritdoc cref="FormCache{TForm}.Read"/>
    public Form[] Views(IReadOnlyList<string> tokens, out string[] keys, out string[] bases, out string?[] names) =>
        _forms.Read(tokens, out keys, out bases, out names);

    /// <summary>
    /// Emission scores of a sentence for one pass (0 the first, 1 the second): each token's features' weights added in
    /// the order of <see cref="NerFeatures.Collect"/>, then the document features the second pass reads, then the
    /// pass's outside bias — the additions <see cref="NerModel"/> makes over hashed features, so the same scores.
    /// </summary>
    public double[] Emissions(int pass, Form[] views, string?[] names, ulong[][]? recalled)
    {
        var model = pass == 0 ? _first : _second!;
        var emit = new double[views.Length * T];
        for (var i = 0; i < views.Length; i++)
        {
            var sink = new Emission(model, emit, i * T, pass);
            NerFeatures.Collect(views, names, i, Start, End, _levels, ref sink);
            if (recalled is not null) foreach (var hash in recalled[i]) sink.Hash(hash);
            emit[i * T] -= model.OutsideBias;
        }
        return emit;
    }

    private readonly struct Emission(NerModel model, double[] emit, int row, int pass) : NerFeatures.IFeatureSink
    {
        public void Part(WordForm form, int part)
        {
            foreach (var feature in Unsafe.As<Form>(form).Part(pass, part)) model.AddWeights(emit, row, feature);
        }

        public void Hash(ulong hash)
        {
            if (model.TryFeature(hash, out var feature)) model.AddWeights(emit, row, feature);
        }
    }

    private Form Resolve(NerFeatures.TokenView view) => new(view, Rows(view, _first), _second is null ? null : Rows(view, _second));

    /// <summary>
    /// The weight rows of a form's features in one model, part by part, in one array: a header of each part's end (one byte
    /// a part, four to an int), then the rows. Features the model has no weights for add nothing, so they are left out.
    /// </summary>
    private static int[] Rows(NerFeatures.TokenView view, NerModel model)
    {
        var header = Form.HeaderLength(view.Parts);
        Span<byte> ends = stackalloc byte[header * sizeof(int)];
        var rows = new List<int>(32);
        for (var part = 0; part < view.Parts; part++)
        {
            foreach (var hash in view.Part(part))
                if (model.TryFeature(hash, out var feature)) rows.Add(feature);
            ends[part] = checked((byte)rows.Count);
        }
        var packed = new int[header + rows.Count];
        MemoryMarshal.Cast<byte, int>(ends).CopyTo(packed);
        rows.CopyTo(packed, header);
        return packed;
    }

    /// <summary>A word form with its own features as model weight rows, per pass.</summary>
    internal sealed class Form : WordForm
    {
        private readonly int[] _first;
        private readonly int[]? _second;
        private readonly int _header;

        public Form(NerFeatures.TokenView view, int[] first, int[]? second)
            : base(view)
        {
            _first = first;
            _second = second;
            _header = HeaderLength(view.Parts);
        }

        public static int HeaderLength(int parts) => (parts + sizeof(int) - 1) / sizeof(int);

        public ReadOnlySpan<int> Part(int pass, int part)
        {
            var packed = pass == 0 ? _first : _second!;
            var ends = MemoryMarshal.AsBytes(packed.AsSpan(0, _header));
            var start = part == 0 ? 0 : ends[part - 1];
            return packed.AsSpan(_header + start, ends[part] - start);
        }
    }
}
