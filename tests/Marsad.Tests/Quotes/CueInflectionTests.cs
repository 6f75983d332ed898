using Marsad.Quotes;

namespace Marsad.Tests.Quotes;

public sealed class CueInflectionTests
{
    [Fact]
    public void PastFormsCoverPersonGenderAndNumberAndDropTheLastLetterOfDefectiveVerbs()
    {
        Assert.Equal(["قال", "قالت", "قالتا", "قالوا", "قالا", "قالنا"], CueInflection.Past("قال").Select(f => f.Form));
        Assert.Equal(["نفي", "نفت", "نفتا", "نفوا", "نفيا", "نفينا"], CueInflection.Past("نفي").Select(f => f.Form));
        Assert.Equal([false, true, true, false, false, false], CueInflection.Past("قال").Select(f => f.Feminine));
    }

    [Fact]
    public void PresentFormsTakeEveryPrefixAndThePluralEnding()
    {
        Assert.Equal(["يقول", "تقول", "نقول", "اقول", "يقولون", "يقولان", "تقولان"], CueInflection.Present("يقول").Select(f => f.Form));
        Assert.Contains("يرون", CueInflection.Present("يري").Select(f => f.Form));
    }

    [Fact]
    public void ParticipleFormsAreMasculineFeminineAndPlural()
    {
        Assert.Equal(["مضيفا", "مضيفه", "مضيفين", "مضيفات"], CueInflection.Participle("مضيفا").Select(f => f.Form));
    }

    [Fact]
    public void LexiconFindsInflectedCuesWithConjunctions()
    {
        var lexicon = QuoteLexicon.Default;
        Assert.Equal(CueForm.Verb, lexicon.Cue("واضافت")!.Form);
        Assert.True(lexicon.Cue("واضافت")!.Feminine);
        Assert.Equal(CueForm.Verb, lexicon.Cue("فيقول")!.Form);
        Assert.Equal(CueForm.Participle, lexicon.Cue("مشيره")!.Form);
        Assert.Equal(CueForm.Noun, lexicon.Cue("قوله")!.Form);
        Assert.Null(lexicon.Cue("وزير"));
        Assert.Null(lexicon.Cue("تبين"));
    }
}
