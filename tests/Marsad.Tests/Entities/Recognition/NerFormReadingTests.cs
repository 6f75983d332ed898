using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Recognition;

/// <summary>
/// The tagger reads a word the way the rest of Marsad does (the clitic segmenter and the light stemmer), and training and
/// tagging read a sentence's forms through one cache.
/// </summary>
public sealed class NerFormReadingTests
{
    private static readonly NerLexicon Lexicon = NerTagger.Default.Model.Lexicon;

    [Theory]
    // A pronoun is the segmenter's to take off (Lucene's stemmer kept حكومتهم whole).
    [InlineData("حكومتهم", "حكوم")]
    // ب before a name is a preposition, and ألمانيا's hamza says its ال is no article (Lucene read «بال» + مانيا).
    [InlineData("بألمانيا", "المان")]
    // ل before a name (Lucene kept لاسراييل).
    [InlineData("لإسرائيل", "اسراييل")]
    [InlineData("والحكومة", "حكوم")]
    public void TheStemFeatureIsTheCliticSegmentersStemOfTheBase(string token, string stem)
    {
        var form = NerFeatures.TokenView.Of(token, Lexicon, new Dictionary<string, string>());

        Assert.Contains(FeatureHash.Of("s0", stem), form.Part(FormParts.Own).ToArray());
    }

    [Fact]
    public void ARepeatedTokenIsReadOnceIntoOneForm()
    {
        string[] tokens = ["قال", "وزير", "الخارجية", "إن", "وزير", "الدفاع", "قال"];

        var training = new FormCache<NerFeatures.TokenView>(Lexicon, static view => view).Read(tokens, out _, out _, out _);
        var tagging = TaggerForms.For(NerTagger.Default.Model).Views(tokens, out _, out _, out _);

        Assert.Same(training[1], training[4]);
        Assert.Same(training[0], training[6]);
        Assert.Same(tagging[1], tagging[4]);
        Assert.Same(tagging[0], tagging[6]);
    }

    [Fact]
    public void AFormKeepsTheTokenAsItsKeyAndBaseWhenTheyAreSpelledTheSame()
    {
        string[] tokens = ["وصل", "الوفد", "إلى", "دمشق"];

        var forms = new FormCache<NerFeatures.TokenView>(Lexicon, static view => view).Read(tokens, out var keys, out var bases, out _);

        Assert.Equal(["وصل", "الوفد", "الي", "دمشق"], keys);
        Assert.Equal(["وصل", "وفد", "الي", "دمشق"], bases);
        Assert.Same(tokens[0], forms[0].Key);
        Assert.Same(tokens[0], forms[0].Base);
        Assert.Same(tokens[3], forms[3].Base);
    }

    [Fact]
    public void TrainingAndTaggingReadTheSameKeysBasesAndNameMarks()
    {
        string[] tokens = ["وأكد", "الأمين", "العام", "للأمم", "المتحدة", "أنطونيو", "غوتيريش", "من", "نيويورك", "أن", "حكومتهم", "وافقت", "."];

        new FormCache<NerFeatures.TokenView>(Lexicon, static view => view).Read(tokens, out var keys, out var bases, out var names);
        TaggerForms.For(NerTagger.Default.Model).Views(tokens, out var taggedKeys, out var taggedBases, out var taggedNames);

        Assert.Equal(keys, taggedKeys);
        Assert.Equal(bases, taggedBases);
        Assert.Equal(names, taggedNames);
        Assert.Contains(names, name => name is not null);
    }
}
