using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Per thread, the word forms one tagger has seen, each with its own features already looked up in the model: for each
/// pass, the weight rows of every <see cref="FormParts">part</see> the pass has weights for. A token then costs the
/// lookups of only the few features that join it to its neighbours (about 10 of 80), and a cached form keeps its
/// strings, its pair hashes and those rows, not the hashes of features the model never saw.
/// </summary>
internal sealed class TaggerForms
{
    private const int Limit = 200_000;
    private const int T = NerTags.Count;
    [ThreadStatic] private static TaggerForms? t_forms;

    private readonly NerModel _first;
    private readonly NerModel? _second;
    private readonly int _levels;
    private readonly Dictionary<string, Form> _forms = new(StringComparer.Ordinal);
    // Proclitics and shapes are a few hundred strings between them: one copy of each instead of one per form.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    private TaggerForms(NerModel model)
    {
        _first = model;
        _second = model.SecondPass;
        _levels = NerFeatures.LevelsOf(model.Lexicon);
        Start = Resolve(NerFeatures.TokenView.Start(model.Lexicon), "<s>");
        End = Resolve(NerFeatures.TokenView.End(model.Lexicon), "</s>");
    }

    public Form Start { get; }
    public Form End { get; }

    public static TaggerForms For(NerModel model) =>
        t_forms is { } forms && ReferenceEquals(forms._first, model) ? forms : t_forms = new TaggerForms(model);

    /// <summary>The forms of a sentence's tokens, with their matching keys and clitic-stripped bases, and the lexicon's name marks.</summary>
    public Form[] Views(IReadOnlyList<string> tokens, out string[] keys, out string[] bases, out string?[] names)
    {
        var views = new Form[tokens.Count];
        keys = new string[tokens.Count];
        bases = new string[tokens.Count];
        var starts = new List<(string[] Keys, string Type)>?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!_forms.TryGetValue(token, out var view))
            {
                if (_forms.Count >= Limit)
                {
                    _forms.Clear();
                    _shared.Clear();
                }
                _forms[token] = view = Resolve(NerFeatures.TokenView.Of(token, _first.Lexicon), token);
            }
            views[i] = view;
            keys[i] = view.Key;
            bases[i] = view.Base;
            starts[i] = view.NameStarts;
        }
        names = _first.Lexicon.MarkNames(keys, bases, starts);
        return views;
    }

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

    private Form Resolve(NerFeatures.TokenView view, string token)
    {
        // Most keys are the token itself and most bases the key: keep one string for all three.
        var key = view.Key == token ? token : view.Key;
        var @base = view.Base == key ? key : view.Base;
        return new Form(view, key, Shared(view.Proclitic), @base, Shared(view.Shape),
            Rows(view, _first), _second is null ? null : Rows(view, _second), _first.Lexicon.NamesStartingWith(key, @base));
    }

    private string Shared(string value)
    {
        if (_shared.TryGetValue(value, out var shared)) return shared;
        return _shared[value] = value;
    }

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

        public Form(
            NerFeatures.TokenView view, string key, string proclitic, string @base, string shape, int[] first, int[]? second,
            List<(string[] Keys, string Type)>? nameStarts)
            : base(view, key, proclitic, @base, shape)
        {
            _first = first;
            _second = second;
            _header = HeaderLength(view.Parts);
            NameStarts = nameStarts;
        }

        /// <summary>The lexicon's names that may begin at this form (<see cref="NerLexicon.NamesStartingWith"/>).</summary>
        public List<(string[] Keys, string Type)>? NameStarts { get; }

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
