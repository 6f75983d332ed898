using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// The prayers are called by their times: the word right after a prayer or its call in construct (context.tsv `prayer`)
/// is the time, no name, though المغرب is Morocco's name too. Sentences the team wrote.
/// </summary>
public sealed class PrayerTimeIsNoNameTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("وتجمع المصلون في المسجد الكبير لأداء صلاة المغرب قبل الإفطار.")]
    [InlineData("وانطلقت القافلة بعد أذان المغرب بنصف ساعة نحو الحي الشرقي.")]
    public void TheSunsetPrayerIsNoState(string sentence)
    {
        var found = EntityTestPipeline.Analyze(sentence, March2019);

        Assert.Empty(found.Entities);
    }

    // Guard (passes on the base): the state after a verb of travel stays the state.
    [Fact]
    public void MoroccoAfterATravelVerbStaysTheState()
    {
        var found = EntityTestPipeline.Analyze("وصل الوزير إلى المغرب مساء أمس في زيارة رسمية.", March2019);

        Assert.Equal([(EntityType.GPE, "gpe:morocco")], found.Entities.Select(e => (e.Type, e.Id)));
    }
}
