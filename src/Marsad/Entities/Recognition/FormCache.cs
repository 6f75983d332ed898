namespace Marsad.Entities.Recognition;

/// <summary>
/// The word forms one reader of sentences has seen with one lexicon, on one thread: each token's form is read once
/// (<see cref="NerFeatures.TokenView.Of"/>: normalized, keyed, segmented, stemmed, shaped, its own feature hashes taken)
/// and kept as what that reader needs of it — training the hashes themselves, a tagger the model's weight rows
/// (<see cref="TaggerForms"/>). News repeats its forms constantly, so most tokens cost one lookup. The one reading and the
/// one walk over a sentence's tokens for training and tagging alike, so both see the same keys, bases and name marks.
/// </summary>
internal sealed class FormCache<TForm> where TForm : WordForm
{
    // Enough for the forms of tens of thousands of articles; past it the cache starts again rather than grow without end.
    private const int Limit = 200_000;

    private readonly Func<NerFeatures.TokenView, TForm> _keep;
    private readonly Dictionary<string, TForm> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    /// <param name="lexicon">The lexicon the forms' own features are read with.</param>
    /// <param name="keep">What the reader keeps of a form read.</param>
    public FormCache(NerLexicon lexicon, Func<NerFeatures.TokenView, TForm> keep)
    {
        Lexicon = lexicon;
        _keep = keep;
        Start = keep(NerFeatures.TokenView.Start(lexicon));
        End = keep(NerFeatures.TokenView.End(lexicon));
    }

    public NerLexicon Lexicon { get; }

    /// <summary>The form before a sentence's first token.</summary>
    public TForm Start { get; }

    /// <summary>The form after a sentence's last token.</summary>
    public TForm End { get; }

    /// <summary>The forms of a sentence's tokens, with their matching keys and clitic-stripped bases, and the lexicon's name marks.</summary>
    public TForm[] Read(IReadOnlyList<string> tokens, out string[] keys, out string[] bases, out string?[] names)
    {
        var forms = new TForm[tokens.Count];
        keys = new string[tokens.Count];
        bases = new string[tokens.Count];
        var starts = new List<(string[] Keys, string Type)>?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var form = forms[i] = Form(tokens[i]);
            keys[i] = form.Key;
            bases[i] = form.Base;
            starts[i] = form.NameStarts;
        }
        names = Lexicon.MarkNames(keys, bases, starts);
        return forms;
    }

    private TForm Form(string token)
    {
        if (_forms.TryGetValue(token, out var form)) return form;
        if (_forms.Count >= Limit)
        {
            _forms.Clear();
            _shared.Clear();
        }
        return _forms[token] = _keep(NerFeatures.TokenView.Of(token, Lexicon, _shared));
    }
}
