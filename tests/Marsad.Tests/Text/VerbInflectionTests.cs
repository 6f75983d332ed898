using Marsad.Events.Lexicon;
using Marsad.Quotes;
using Marsad.Tests.Events;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Text;

public sealed class VerbInflectionTests
{
    [Fact]
    public void PerfectOfAVerbEndingInAlefMaqsuraDropsItForTheThirdPersonAndRestoresYaBeforeWe()
    {
        // Matching keys: أ → ا, ى → ي.
        Assert.Equal(["الغي", "الغت", "الغتا", "الغوا", "الغيا", "الغين", "الغينا", "الغيتم"], VerbInflection.Perfect("ألغى").Select(f => f.Form));
    }

    [Fact]
    public void PerfectOfAVerbEndingInAlefRestoresWawBeforeWeAndYou()
    {
        Assert.Equal(["عفا", "عفت", "عفتا", "عفوا", "عفوا", "عفون", "عفونا", "عفوتم"], VerbInflection.Perfect("عفا").Select(f => f.Form));
    }

    [Fact]
    public void PerfectEndingInHamzaKeepsItBeforeEveryEnding()
    {
        Assert.Equal(["هنا", "هنات", "هناتا", "هناوا", "هناا", "هنان", "هنانا", "هناتم"], VerbInflection.Perfect("هنأ").Select(f => f.Form));
    }

    [Fact]
    public void ImperfectPluralDropsTheWeakLetterAndTheDualKeepsIt()
    {
        var forms = VerbInflection.Imperfect("يدعو").ToList();
        Assert.Equal(["يدعو", "تدعو", "ندعو", "ادعو", "يدعون", "يدعوان", "تدعوان", "تدعون"], forms.Select(f => f.Form));
        Assert.Equal([VerbPerson.Third, VerbPerson.Third, VerbPerson.First, VerbPerson.First, VerbPerson.Third, VerbPerson.Third, VerbPerson.Third, VerbPerson.Second],
            forms.Select(f => f.Person));
    }

    [Fact]
    public void EventPatternsReadWeFormsOfWeakVerbsAsTheyAreWritten()
    {
        var forms = PatternParser.VerbForms("ألغى/يلغي", out var firstPersonOnly);
        Assert.Contains("الغينا", forms);
        Assert.DoesNotContain("الغنا", forms);
        // «ألغي» (I cancel) is spelled as the perfect «ألغى» is: only «نلغي» is the first person's alone.
        Assert.Equal(["نلغي"], firstPersonOnly!);
    }

    [Fact]
    public void QuoteCuesLeaveOutTheFeminineAndSecondPersonPlurals()
    {
        Assert.Equal(["نفي", "نفت", "نفتا", "نفوا", "نفيا", "نفينا"], CueInflection.Past("نفى").Select(f => f.Form));
        Assert.Equal(["ينفي", "تنفي", "ننفي", "انفي", "ينفون", "ينفيان", "تنفيان"], CueInflection.Present("ينفي").Select(f => f.Form));
    }

    [Fact]
    public void AMeetingToldInTheFirstPersonPluralOfAWeakVerbIsCoded() =>
        Assert.Equal(["CONSULT/- reported"], EventTestPipeline.Coded("وقال وزير الخارجية الأردني: «التقينا نظيرنا المصري في عمان أمس»."));

    [Fact]
    public void LetUsSaidToManyIsNoCall() =>
        Assert.Empty(EventTestPipeline.Coded("وقال الكاتب: «دعونا نعترف بأن المهمة صعبة»."));
}
