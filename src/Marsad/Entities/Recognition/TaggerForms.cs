using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Per thread, the word forms one tagger has seen (a <see cref="FormCache{TForm}"/>, the reading training uses too), each
/// with its own features already summed in the model: for each pass and each offset a form is read at
/// (<see cref="FormParts.At"/>: the token itself, its neighbours at ±1 and ±2), the weights of all its features there added
/// per tag. A token then costs five rows of nine scores and the lookups of the dozen features that join it to its
/// neighbours (<see cref="NerFeatures.Joined"/>), not some 80 features one by one. The weights add up exactly
/// (<see cref="NerModel.SumsExactly"/>), so the sums give the scores of the hashed features to the last bit.
/// </summary>
internal sealed class TaggerForms
{
    private const int T = NerTags.Count;
    [ThreadStatic] private static TaggerForms? t_forms;

    private readonly NerModel _first;
    private readonly NerModel? _second;
    private readonly int _levels;
    private readonly FeatureTable<PassRows> _both;
    private readonly FormCache<Form> _forms;
    private readonly List<PassRows> _joined = new(1024);

    private TaggerForms(NerModel model)
    {
        _first = model;
        _second = model.SecondPass;
        _levels = NerFeatures.LevelsOf(model.Lexicon);
        _both = model.BothPasses;
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

    /// <summary>Emission scores of a sentence for one pass (0 the first, 1 the second), in a new array.</summary>
    public double[] Emissions(int pass, Form[] views, string?[] names, ulong[][]? recalled)
    {
        var emit = new double[views.Length * T];
        Emissions(pass, views, Join(views, names), recalled, emit);
        return emit;
    }

    /// <summary>The rows both passes have for the joined features of each token of a sentence, looked up once for both.</summary>
    public JoinedRows Join(Form[] views, string?[] names)
    {
        var sink = new JoinSink(_both, _joined);
        var ends = new int[views.Length];
        _joined.Clear();
        for (var i = 0; i < views.Length; i++)
        {
            NerFeatures.Joined(views, names, i, Start, End, _levels, ref sink);
            ends[i] = _joined.Count;
        }
        return new JoinedRows([.. _joined], ends);
    }

    /// <summary>
    /// Emission scores of a sentence for one pass into <paramref name="emit"/> (row-major, [token * T + tag]): each token's
    /// forms' sums, its joined features' rows (<see cref="Join"/>), then the document features the second pass reads,
    /// less the pass's outside bias.
    /// </summary>
    public void Emissions(int pass, Form[] views, JoinedRows joined, ulong[][]? recalled, double[] emit)
    {
        var model = pass == 0 ? _first : _second!;
        for (var i = 0; i < views.Length; i++)
        {
            var row = i * T;
            Window(pass, views, i, emit.AsSpan(row, T));
            foreach (var rows in joined.Of(i))
                if (rows.Of(pass) is >= 0 and var feature) model.AddWeights(emit, row, feature);
            if (recalled is not null)
                foreach (var hash in recalled[i])
                    if (model.TryFeature(hash, out var feature)) model.AddWeights(emit, row, feature);
            emit[row] -= model.OutsideBias;
        }
    }

    /// <summary>Into a token's scores, the sums of the forms at offsets −2 … 2 from token <paramref name="i"/>, each read at its offset.</summary>
    private void Window(int pass, Form[] views, int i, Span<double> scores)
    {
        var low = Vector256<double>.Zero;
        var high = Vector256<double>.Zero;
        var last = 0.0;
        foreach (var d in FormParts.Offsets)
        {
            var row = Unsafe.As<Form>(NerFeatures.At(views, i + d, Start, End)).Row(pass, d);
            low += Vector256.Create(row);
            high += Vector256.Create(row[4..]);
            last += row[8];
        }
        low.CopyTo(scores);
        high.CopyTo(scores[4..]);
        scores[8] = last;
    }

    // Keeps the rows of the joined features either pass has, in the order they come.
    private readonly struct JoinSink(FeatureTable<PassRows> both, List<PassRows> found) : NerFeatures.IFeatureSink
    {
        // The tagger reads a form's parts as its sums (Window), never one by one.
        public void Part(WordForm form, int part) => throw new InvalidOperationException("Form parts are summed per form.");

        public void Hash(ulong hash)
        {
            if (both.TryGetValue(hash, out var rows)) found.Add(rows);
        }
    }

    private Form Resolve(NerFeatures.TokenView view)
    {
        var first = new double[FormParts.Offsets.Length * T];
        var second = _second is null ? null : new double[FormParts.Offsets.Length * T];
        Sum(view, first, second);
        return new Form(view, first, second);
    }

    /// <summary>
    /// Per offset (in <see cref="FormParts.Offsets"/> order), the weights of the form's features each pass has rows for,
    /// added per tag in the order of its parts; each hash probed once for both passes.
    /// </summary>
    private void Sum(NerFeatures.TokenView view, double[] first, double[]? second)
    {
        for (var slot = 0; slot < FormParts.Offsets.Length; slot++)
        foreach (var part in FormParts.At(FormParts.Offsets[slot], _levels))
        foreach (var hash in view.Part(part))
        {
            if (!_both.TryGetValue(hash, out var rows)) continue;
            if (rows.First >= 0) _first.AddWeights(first, slot * T, rows.First);
            if (second is not null && rows.Second >= 0) _second!.AddWeights(second, slot * T, rows.Second);
        }
    }

    /// <summary>A word form with its own features' weights summed, per pass and offset.</summary>
    internal sealed class Form(NerFeatures.TokenView view, double[] first, double[]? second) : WordForm(view)
    {
        /// <summary>The form's nine scores when read at offset <paramref name="d"/> from a token.</summary>
        public ReadOnlySpan<double> Row(int pass, int d) => (pass == 0 ? first : second!).AsSpan(Slot(d) * T, T);

        // The slot of an offset in FormParts.Offsets: 0, -2, -1, 1, 2.
        private static int Slot(int d) => d switch { 0 => 0, -2 => 1, -1 => 2, 1 => 3, _ => 4 };
    }
}
