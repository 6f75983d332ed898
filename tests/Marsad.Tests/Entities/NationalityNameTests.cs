using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A state's nisba written definite right before rare name-shaped words the tagger misses is the person's nationality
/// and the words his name (issue #9 ner33, <c>NisbaNamePass</c>): sports and culture reports name foreign players so.
/// </summary>
public sealed class NationalityNameTests
{
    private static readonly DateTimeOffset March2016 = new(2016, 3, 14, 10, 0, 0, TimeSpan.FromHours(3));

    private static string[] Persons(string text) =>
        [.. EntityTestPipeline.Analyze(text, March2016).Entities.Where(e => e.Type == EntityType.PER)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Fact]
    public void RareWordsAfterANationalityAreAPersonsName() =>
        Assert.Equal(["per:~جيولين-كنويل [جيولين كنويل]"], Persons("وخسر النمساوي جيولين كنويل أمام لاعب مغمور."));

    [Fact]
    public void EachNationalityOfAMatchNamesItsPlayer() =>
        Assert.Equal(["per:~بوزاني [بوزاني]", "per:~نيستور [نيستور]"],
            Persons("وتأهل الروسي بوزاني إلى الدور الثاني بعد فوزه على الكندي نيستور في مباراة طويلة."));

    [Theory]
    [InlineData("وقال التقرير إن الاقتصاد الروسي ارتفع بنسبة ضئيلة.")]
    [InlineData("وأكد أن الجنود الأمريكيين استخدموا القوة ضد المحتجين.")]
    [InlineData("وأكد الجانب الإيراني لحوض الخليج أهمية الحوار.")]
    public void AVerbOrAPrepositionAfterANationalityIsNoName(string text) => Assert.Empty(Persons(text));
}
