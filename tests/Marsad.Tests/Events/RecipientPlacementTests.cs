using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Recipients named where the object search does not look: the body whose seat a protest stands before
/// (<c>Arguments.ProtestGrievance.Site</c>), a recipient inside a verb or noun pattern's short gap after the preposition its row marks, and
/// the second party of a joint act joined by و after the first party's name in apposition, or named by a common noun
/// with its state (<c>Arguments.ConjunctParty</c>); no recipient at a deployment's border, which is where it goes; and none
/// past a comma that opens a circumstantial participle of saying (<c>Arguments.RecipientSearch</c>).
/// </summary>
public sealed class RecipientPlacementTests
{
    [Fact]
    public void AProtestHeldBeforeABodysSeatFacesThatBody()
    {
        var e = Only("اعتصم مئات المعلمين المتعاقدين أمام مقر البرلمان المغربي منذ صباح الأحد.", PloverType.PROTEST);
        Assert.Equal("البرلمان المغربي[MAR]", Actor(e.Target));
    }

    [Fact]
    public void ARecipientInsideAVerbPatternsShortGapIsFoundAfterItsPreposition()
    {
        var e = Only("وأكد المتحدث أن الأردن سمح للطائرات الفرنسية بشن غارات على مواقع التنظيم.", PloverType.COOPERATE);
        Assert.Equal(("الأردن[JOR]", "الطائرات الفرنسية[FRA]"), Actors(e));
    }

    [Fact]
    public void ARecipientInsideANounPatternsGapIsWhomAConsentIsFor() =>
        Assert.Equal(("عمّان[JOR]", "طائرات فرنسية[FRA]"),
            Actors(Only("وافقت عمّان على السماح لطائرات فرنسية بشن غارات ضد تنظيم داعش انطلاقا من قواعدها.", PloverType.AGREE)));

    [Fact]
    public void TheSecondPartyOfAJointActComesAfterTheFirstPartysNameInApposition()
    {
        var e = Only("وقع وزير النقل الكويتي الأمير فهد بن سعود ونظيره العماني مذكرة تفاهم لتطوير الموانئ.", PloverType.SUPPORT);
        Assert.Equal("نظيره العماني[OMN]", Actor(e.Target));
    }

    [Fact]
    public void AJointActsSecondPartyNamedByACommonNounWithItsStateIsTheOtherParty()
    {
        var e = Only("اتفقت السلطات المصرية وإدارة قطاع غزة على فتح المعبر.", PloverType.AGREE);
        Assert.Equal(("السلطات المصرية[EGY]", "إدارة قطاع غزة[PSE]"), Actors(e));
    }

    [Fact]
    public void ADeploymentsBorderIsWhereItGoesNotWhomItFaces()
    {
        var e = Only("وأرسلت القاهرة تعزيزات عسكرية إلى الحدود الليبية خلال الأسبوع الماضي.", PloverType.MOBILIZE);
        Assert.Equal(("القاهرة[EGY]", "?"), Actors(e));
    }

    [Fact]
    public void ARecipientIsNotSoughtPastACommaAndAParticipleOfSaying()
    {
        var e = Only("انتقد الوزير الفرنسي القرار بشدة، مضيفا أن الحكومة الألمانية لم تستشر شركاءها.", PloverType.ACCUSE);
        Assert.Equal(("الوزير الفرنسي[FRA]", "?"), Actors(e));
    }
}
