using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Classes the gazetteer files' headers promise beyond the region: the world's large cities that are not capitals
/// (places.tsv), the parties of the major powers written with their state (organizations.tsv), and a state's name
/// read without the word دولة before it (countries.tsv).
/// </summary>
public sealed class WorldPlacesAndPartiesTests
{
    [Theory]
    [InlineData("وصل المنتخب إلى ريو دي جانيرو للمشاركة في البطولة.", "loc:rio-de-janeiro", "ريو دي جانيرو")]
    [InlineData("افتتحت الشركة مصنعا جديدا في غوانغتشو الشهر الماضي.", "loc:guangzhou", "غوانغتشو")]
    [InlineData("يقيم الكاتب منذ سنوات في ملبورن مع أسرته.", "loc:melbourne", "ملبورن")]
    [InlineData("تعطلت حركة القطارات في هيوستون بسبب الفيضانات.", "loc:houston", "هيوستون")]
    public void ALargeCityThatIsNoCapitalIsAPlaceOfItsState(string text, string id, string mention) =>
        AssertTheOnlyMention(text, id, mention);

    [Theory]
    [InlineData("انتقد الحزب الجمهوري الأمريكي قرار المحكمة.", "org:us-republican-party", "الحزب الجمهوري الأمريكي")]
    [InlineData("فاز حزب بهاراتيا جاناتا بأغلبية المقاعد.", "org:in-bjp", "حزب بهاراتيا جاناتا")]
    [InlineData("دعا حزب العمال البريطاني إلى انتخابات مبكرة.", "org:uk-labour-party", "حزب العمال البريطاني")]
    [InlineData("انسحب الحزب الديمقراطي الحر الألماني من الائتلاف الحاكم.", "org:de-fdp", "الحزب الديمقراطي الحر الألماني")]
    [InlineData("صوّت نواب الحزب الشيوعي الروسي ضد مشروع القانون.", "org:ru-kprf", "الحزب الشيوعي الروسي")]
    public void AMajorPowersPartyNamedWithItsStateIsThatParty(string text, string id, string mention) =>
        AssertTheOnlyMention(text, id, mention);

    [Theory]
    [InlineData("أعلنت دولة قطر استعدادها لاستضافة المحادثات.", "gpe:qatar", "قطر")]
    [InlineData("رحبت دولة الكويت بالاتفاق الجديد.", "gpe:kuwait", "الكويت")]
    public void TheWordStateBeforeAStatesNameIsNoPartOfIt(string text, string id, string mention) =>
        AssertTheOnlyMention(text, id, mention);

    private static void AssertTheOnlyMention(string text, string id, string mention) =>
        Assert.Equal([mention], EntityTestPipeline.Analyze(text).Entity(id).Mentions.Select(m => m.Text).ToArray());
}
