using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// «الاثنين» read as the numeral «the two» when a word of the pair stands beside it (relative.tsv, category pair), on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsTime29Tests
{
    [Theory]
    [InlineData("خسر المنتخب المدرب واللاعب الأبرز، أي الاثنين معا، قبل البطولة.")]
    [InlineData("يمكن للزائر أن يختار الرحلة البرية أو البحرية أو الاثنين معاً.")]
    [InlineData("اختلف الباحثون في أصل الكلمتين، ويرى بعضهم أن كلا الاثنين من أصل فارسي.")]
    [InlineData("لا يمكن فهم الأزمة بعيداً عن هذين الاثنين وحدهما.")]
    public void TheTwoBesideAWordOfThePairIsNoMonday(string sentence) =>
        Assert.DoesNotContain(Times(sentence), t => t.Text.Contains("الاثنين", StringComparison.Ordinal));

    [Fact]
    public void MondayBeforeAnOrdinaryWordIsStillMonday() =>
        Assert.Equal("2015-08-10", Find("وقع الطرفان الاثنين اتفاقاً معاً في العاصمة.", "الاثنين")?.Value);
}
