using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Actors named by kind only (actor-nouns.tsv): a resistance movement and a suicide bomber whose group the text does not name,
/// members of a body named by the noun after them, and a political party.
/// </summary>
public sealed class ActorNounTests
{
    [Fact]
    public void AResistanceMovementNamedByKindIsTheDoer() =>
        Assert.Equal("المقاومة الشعبية[-]", Actor(Only("هاجمت المقاومة الشعبية مواقع للمتمردين قرب مدينة تعز.", PloverType.ASSAULT).Source));

    [Fact]
    public void ASuicideBomberTheTextDoesNotAttachToAGroupBelongsToNoState() =>
        Assert.Equal("انتحاري[-]", Actor(Only("بغداد - فجر انتحاري حزاماً ناسفاً في سوق شعبي بمدينة كركوك أمس.", PloverType.ASSAULT).Source));

    [Fact]
    public void AMembersNounWithNoPronounJoinsTheBodyAfterItAsTheSecondPartyBetweenTwo()
    {
        var e = Only("وأسفرت الاشتباكات بين الشرطة العراقية ومقاتلي التنظيم عن مقتل خمسة أشخاص.", PloverType.ASSAULT);
        Assert.Equal(("الشرطة العراقية[IRQ]", "مقاتلي التنظيم[IRQ]"), Actors(e));
    }

    [Fact]
    public void APoliticalPartyNamedByKindActsForTheStateTheArticleIsAbout() =>
        Assert.Equal("الحزب[TUR]", Actor(Only("أنقرة - اتهم الحزب الحكومة بتزوير نتائج الانتخابات البلدية.", PloverType.ACCUSE).Source));

    [Fact]
    public void ExtremistsNamedByKindAreTheAttackersNotPartOfTheirTarget() =>
        Assert.Equal(("متطرفون[-]", "كنيسة[-]"), Actors(Only("وهاجم متطرفون كنيسة في جنوب البلاد.", PloverType.ASSAULT)));

    [Fact]
    public void KidnappersNamedByKindReleaseTheirHostage() =>
        Assert.Equal("الخاطفون", Only("وأطلق الخاطفون سراح الرهينة الفرنسية بعد مفاوضات.", PloverType.RETREAT).Source?.Text);

    [Fact]
    public void CoupPlottersInTheIndefiniteNominativeAreTheAttackers() =>
        Assert.Equal("انقلابيون[-]", Actor(Only("وهاجم انقلابيون مقر الإذاعة في العاصمة.", PloverType.ASSAULT).Source));

    [Fact]
    public void SeparatistsNamedByKindAreTheKillersNotPartOfTheirVictims() =>
        Assert.Equal("انفصاليون[-]", Actor(Only("وقتل انفصاليون ثلاثة جنود في كمين بالإقليم.", PloverType.ASSAULT).Source));

    [Fact]
    public void RevolutionariesInArmsTakingAnAirportAreItsAttackers() =>
        Assert.Equal(("الثوار[-]", "المطار[-]"), Actors(Only("وسيطر الثوار على المطار بعد معارك عنيفة.", PloverType.ASSAULT)));

    [Fact]
    public void AGovernorCondemningABlastIsItsSourceNotItsTarget() =>
        Assert.Equal("المحافظ", Only("واستنكر المحافظ التفجير الذي وقع في السوق.", PloverType.ACCUSE).Source?.Text);
}
