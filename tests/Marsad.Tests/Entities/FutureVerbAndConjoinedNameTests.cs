using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// The tagger's names on unseen news (issue #9, link8): a verb in the future read into a name or alone as one, and a
/// rare foreign name read with the conjunction و that joins it to the name before it.
/// </summary>
public sealed class FutureVerbAndConjoinedNameTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] Entities(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type is EntityType.PER or EntityType.ORG or EntityType.MISC)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Theory]
    [InlineData("وأكد المخرج أن جيمس بوند سيقاتل عدوا جديدا في الجزء المقبل.", "per:~جيمس-بوند [جيمس بوند]")]
    [InlineData("وقال المدرب يورغن كلوب سنواصل العمل بجد.", "per:~يورغن-كلوب [يورغن كلوب]")]
    public void AVerbInTheFutureEndsNoName(string text, string person) => Assert.Equal([person], Entities(text));

    [Fact]
    public void AVerbInTheFutureAloneIsNoName() =>
        Assert.Equal(["per:~هاميلتون [هاميلتون]"], Entities("وأكد هاميلتون \"سأقوم\" بكل شيء للفوز باللقب."));

    [Fact]
    public void ARareNameJoinedByAndToTheNameBeforeStartsAfterTheConjunction() =>
        Assert.Equal(["per:~جينيفر-لوبيز [جينيفر لوبيز]", "per:~ايفانجلين-ليلي [ايفانجلين ليلي]"],
            Entities("وتؤدي الدور الرئيس الممثلتان جينيفر لوبيز وايفانجلين ليلي."));
}
