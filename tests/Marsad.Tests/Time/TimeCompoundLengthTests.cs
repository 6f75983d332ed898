using Marsad.Time;
using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>A length in two units joined by «و» is one compound length (TIMEX3 P1Y7M); sentences the team wrote.</summary>
public sealed class TimeCompoundLengthTests
{
    [Theory]
    [InlineData("قضى الأسير في السجن سنة وسبعة أشهر قبل الإفراج عنه.", "سنة وسبعة أشهر", "P1Y7M")]
    [InlineData("استمرت أعمال الصيانة عامين وشهرين دون توقف.", "عامين وشهرين", "P2Y2M")]
    [InlineData("امتدت الرحلة ثلاثة أيام وخمس ساعات بسبب سوء الطقس.", "ثلاثة أيام وخمس ساعات", "P3DT5H")]
    public void ACountOfASmallerUnitAfterWaAddsToTheLength(string text, string span, string value)
    {
        var found = Find(text, span);
        Assert.Equal((TimexType.Duration, value), (found?.Type, found?.Value));
    }

    [Fact]
    public void ALargerUnitAfterWaIsALengthOfItsOwn()
    {
        var found = Find("تستغرق الدورة يومين وثلاثة أسابيع للتدريب الميداني.", "يومين");
        Assert.Equal((TimexType.Duration, "P2D"), (found?.Type, found?.Value));
    }

    [Fact]
    public void ASmallerPartAsLongAsTheLargerUnitIsNoRemainder()
    {
        var found = Find("يغيب المهاجم عن الملاعب مدة تتراوح بين أسبوعين وعشرين يوما.", "أسبوعين");
        Assert.Equal((TimexType.Duration, "P2W"), (found?.Type, found?.Value));
    }
}
