using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Recognition;

/// <summary>
/// The tagger's fast path (each word form's own weights summed once per pass and offset, max-marginals from the Viterbi
/// pass) must give the scores the model gives over hashed features, to the last bit: the model's weights sum exactly in
/// double precision, so the order of the additions cannot change a score.
/// </summary>
public sealed class NerTaggingPathTests
{
    private static readonly IReadOnlyList<string>[] Article =
    [
        ["وصل", "الرئيس", "الفنلندي", "ساولي", "نينيستو", "إلى", "القاهرة", "أمس", "على", "رأس", "وفد", "من", "22", "شخصا", "."],
        ["وأجرى", "نينيستو", "محادثات", "مع", "وزير", "الخارجية", "سامح", "شكري", "حول", "مبادرة", "Horizon", "2030", "لشركة", "سيمنز", "."],
        ["وقال", "للصحفيين", "إن", "الأمم", "المتحدة", "ستدعم", "المشروع", "في", "القاهرة", "والإسكندرية", "."],
    ];

    [Fact]
    public void FormSumsGiveBothPassesTheEmissionScoresOfHashedFeatures()
    {
        var model = NerTagger.Default.Model;
        var second = model.SecondPass!;
        var forms = TaggerForms.For(model);

        var memory = new DocumentMemory.Sentence[Article.Length];
        var hashed = new ulong[Article.Length][][];
        for (var s = 0; s < Article.Length; s++)
        {
            hashed[s] = NerFeatures.Extract(Article[s], model.Lexicon, out var keys, out var bases);
            var expected = model.Emissions(hashed[s]);
            var views = forms.Views(Article[s], out var formKeys, out var formBases, out var names);

            Assert.Equal(keys, formKeys);
            Assert.Equal(bases, formBases);
            Assert.Equal(expected, forms.Emissions(0, views, names, recalled: null));
            memory[s] = new DocumentMemory.Sentence(keys, bases, model.Decode(expected, keys.Length));
        }
        var recalled = DocumentMemory.Features(memory);
        for (var s = 0; s < Article.Length; s++)
        {
            var expected = second.Emissions([.. hashed[s].Select((f, t) => (ulong[])[.. f, .. recalled[s][t]])]);
            var views = forms.Views(Article[s], out _, out _, out var names);

            Assert.Equal(expected, forms.Emissions(1, views, names, recalled[s]));
        }
    }

    [Fact]
    public void TheShippedModelsWeightsSumExactlyInDoublePrecision()
    {
        var model = NerTagger.Default.Model;

        Assert.True(model.SumsExactly);
        Assert.True(model.SecondPass!.SumsExactly);
    }

    [Fact]
    public void WeightsTooFarApartInScaleDoNotSumExactly()
    {
        // 2⁻³⁰ and 2⁴ (17 bits with the terms) fit in 53 bits; 2⁻⁴⁰ beside 2⁴ does not: 1 + 2⁻⁴⁰ + … loses the small one.
        Assert.True(NerModel.ExactlySummable([MathF.Pow(2, -30), 16f, -3.75f, 0f], NerModel.ExactTerms));
        Assert.False(NerModel.ExactlySummable([MathF.Pow(2, -40), 16f], NerModel.ExactTerms));
        Assert.False(NerModel.ExactlySummable([0.1f, float.NaN], NerModel.ExactTerms));
    }

    [Fact]
    public void MaxMarginalsFromAFirstTokenOnEqualThoseOfTheWholeSentence()
    {
        var model = NerTagger.Default.Model;
        var tokens = Article[1];
        var emit = model.Emissions(NerFeatures.Extract(tokens, model.Lexicon));
        var work = new DecoderWorkspace();
        var tags = model.Decode(emit, tokens.Count, work);

        var whole = model.MaxMarginals(emit, tokens.Count, work, from: 0).ToArray();
        var fromSix = model.MaxMarginals(emit, tokens.Count, work, from: 6).ToArray();

        Assert.Equal(whole.AsSpan(6 * NerTags.Count).ToArray(), fromSix.AsSpan(6 * NerTags.Count).ToArray());
        Assert.All(fromSix.AsSpan(0, 6 * NerTags.Count).ToArray(), m => Assert.Equal(double.NegativeInfinity, m));
        // The best path gives each token its tag, so every token's best max-marginal is that path's score, and its tag's
        // (within 1e-5: the backward pass adds the two transition weights in single precision, the forward pass in double;
        // a tolerance, not rounding to 5 places, which fails whenever the two sums straddle a rounding boundary).
        var best = Enumerable.Range(0, NerTags.Count).Max(y => whole[y]);
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(best, whole[i * NerTags.Count + tags[i]], tolerance: 1e-5);
            Assert.Equal(best, Enumerable.Range(0, NerTags.Count).Max(y => whole[i * NerTags.Count + y]), tolerance: 1e-5);
        }
    }

    [Fact]
    public void TheTableOfBothPassesGivesEachPassItsOwnRowAndMinusOneWhereItHasNone()
    {
        var model = NerTagger.Default.Model;
        var second = model.SecondPass!;
        var hashes = Article.SelectMany(tokens => NerFeatures.Extract(tokens, model.Lexicon)).SelectMany(f => f).Distinct().ToList();
        // A hash no model has a row for.
        hashes.Add(FeatureHash.Of("w0", "ليست-كلمة-في-أي-نموذج"));

        var known = 0;
        foreach (var hash in hashes)
        {
            var first = model.TryFeature(hash, out var row) ? row : -1;
            var next = second.TryFeature(hash, out row) ? row : -1;
            var found = model.BothPasses.TryGetValue(hash, out var rows);

            Assert.Equal(first >= 0 || next >= 0, found);
            Assert.Equal(found ? new PassRows(first, next) : default, rows);
            if (found) known++;
        }
        Assert.False(model.BothPasses.TryGetValue(hashes[^1], out _));
        Assert.InRange(known, 1, hashes.Count - 1);
    }

    [Fact]
    public void JoinedRowsGiveEachTokenItsOwnRowsInOrder()
    {
        var joined = new JoinedRows([new(1, 2), new(3, -1), new(-1, 4)], ends: [2, 2, 3]);

        Assert.Equal([new PassRows(1, 2), new PassRows(3, -1)], joined.Of(0).ToArray());
        Assert.Empty(joined.Of(1).ToArray());
        Assert.Equal([new PassRows(-1, 4)], joined.Of(2).ToArray());
        Assert.Equal(3, new PassRows(3, 4).Of(0));
        Assert.Equal(4, new PassRows(3, 4).Of(1));
    }

    [Fact]
    public void AWordReadAgainIsTheFormFirstReadWhateverStringInstanceCarriesIt()
    {
        var forms = TaggerForms.For(NerTagger.Default.Model);
        var word = new string("الفنلندي".AsSpan());
        var again = new string("الفنلندي".AsSpan());

        var first = forms.Views(["وصل", word], out _, out _, out _);
        var second = forms.Views([again, "نينيستو", word], out var keys, out _, out _);

        Assert.Same(first[1], second[0]);
        Assert.Same(first[1], second[2]);
        Assert.Equal(["الفنلندي", "نينيستو", "الفنلندي"], keys);
    }

    [Fact]
    public void FeatureTableFindsEveryKeyWithItsRowAndNoOther()
    {
        var rows = new Dictionary<ulong, int>();
        for (var i = 0; i < 5000; i++) rows[FeatureHash.Of("w0", $"كلمة{i}")] = i;
        rows[0] = 5000;

        var table = new FeatureTable<int>(rows);

        Assert.Equal(rows.Count, table.Count);
        foreach (var (key, row) in rows)
        {
            Assert.True(table.TryGetValue(key, out var found));
            Assert.Equal(row, found);
        }
        for (var i = 0; i < 5000; i++) Assert.False(table.TryGetValue(FeatureHash.Of("b0", $"كلمة{i}"), out _));
        Assert.Equal(rows.OrderBy(r => r.Key), table.Entries.Select(r => new KeyValuePair<ulong, int>(r.Key, r.Value)).OrderBy(r => r.Key));
    }
}
