using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A state whose name news spells several ways has its nisba in each of those spellings too (countries.tsv's header):
/// the folded key joins hamza forms, not غ and ج nor a dropped و.
/// </summary>
public sealed class StateNisbaSpellingTests
{
    private static readonly DateTimeOffset April2018 = new(2018, 4, 2, 10, 0, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData("وسجل المهاجم الأوروغوياني هدف الفوز في الدقيقة الأخيرة.", "الأوروغوياني", "gpe:uruguay")]
    [InlineData("وأشاد المدرب الأوروجواياني بلاعبيه بعد المباراة.", "الأوروجواياني", "gpe:uruguay")]
    [InlineData("واستقبل الوزير نظيره الباراجواياني في مكتبه.", "الباراجواياني", "gpe:paraguay")]
    [InlineData("وفاز العداء الجابوني بسباق المسافات الطويلة.", "الجابوني", "gpe:gabon")]
    [InlineData("وحضر السفير القرغيزستاني حفل الافتتاح.", "القرغيزستاني", "gpe:kyrgyzstan")]
    public void ANisbaInAnySpellingOfItsStateIsThatState(string text, string nisba, string state)
    {
        var found = EntityTestPipeline.Analyze(text, April2018);

        var mention = Assert.Single(found.Mentions, m => m.Text == nisba);
        Assert.Equal((state, MentionKind.Nisba), (mention.EntityId, mention.Kind));
    }
}
