using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

public sealed class EntityLinkingTests
{
    private static readonly DateTimeOffset September2022 = new(2022, 9, 12, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NisbaIsAMentionOfItsStateNotAPerson()
    {
        var found = EntityTestPipeline.Analyze("رحب المسؤولون بالموقف الإيراني الجديد من المفاوضات.");

        var iran = found.Entity("gpe:iran");
        var mention = Assert.Single(iran.Mentions);
        Assert.Equal("الإيراني", mention.Text);
        Assert.Equal(MentionKind.Nisba, mention.Kind);
        Assert.Equal(EntityType.GPE, mention.Type);
        Assert.DoesNotContain(found.Entities, e => e.Type is EntityType.PER or EntityType.ORG);
    }

    [Theory]
    [InlineData("استقبل وزير الخارجية الإسرائيلية،")]
    [InlineData("التقى الرئيس بوفد من المنطقة. وقال وزير الخارجية،")]
    public void ATitleAtTheVeryEndOfTheTextEndsTheScanInsteadOfReadingPastTheLastToken(string text)
    {
        // Found on SaudiNewsNet: the name after a title was looked for one token past the end of the text.
        var found = EntityTestPipeline.Analyze(text);

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER);
    }

    [Fact]
    public void FeminineAndPluralNisbasLinkToTheSameState()
    {
        var found = EntityTestPipeline.Analyze("أعلنت الحكومة الألمانية أن الدبلوماسيين الألمان غادروا، وأن ألمانيا لن تعود.");

        var germany = found.Entity("gpe:germany");
        Assert.Equal(["الألمانية", "الألمان", "ألمانيا"], germany.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void AlIhtilalLinksToIsraelAndIsFlaggedLoaded()
    {
        var found = EntityTestPipeline.Analyze("وقال المتحدث إن الاحتلال صعّد عملياته في الضفة الغربية.");

        var mention = Assert.Single(found.Entity("gpe:israel").Mentions);
        Assert.Equal("الاحتلال", mention.Text);
        Assert.True(mention.Loaded);
        Assert.Equal(MentionKind.LoadedTerm, mention.Kind);
    }

    [Fact]
    public void AlIhtilalFollowedByAnotherStatesNisbaIsNotIsrael()
    {
        var found = EntityTestPipeline.Analyze("انتهى الاحتلال الأمريكي للعراق قبل سنوات.");

        Assert.Null(found.Find("gpe:israel"));
        Assert.NotNull(found.Find("gpe:united-states"));
    }

    [Fact]
    public void InAnUndatedArticleARolePhraseLinksToTheOnlyHolderTheGazetteerKnowsAndLendsHimHisName()
    {
        // Djibouti has had one president since 1999: the gazetteer knows one holder of the office.
        var found = EntityTestPipeline.Analyze("وصل الرئيس الجيبوتي إلى الرياض أمس. وقال جيله إن الزيارة مهمة.");

        var guelleh = found.Entity("per:ismail-omar-guelleh");
        Assert.Equal(["الرئيس الجيبوتي", "جيله"], guelleh.Mentions.Select(m => m.Text));
        Assert.Equal([EntityRules.RoleOnlyKnownHolder, EntityRules.ShortInContext], guelleh.Mentions.Select(m => m.Rule));
    }

    [Fact]
    public void InAnUndatedArticleAnOfficeWithSeveralKnownHoldersStaysUnlinked()
    {
        var found = EntityTestPipeline.Analyze("قال وزير الخارجية الأمريكي إن بلاده تراقب الوضع.");

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER);
    }

    [Fact]
    public void TwoPhrasingsOfAnOfficeWhoseHolderIsNotListedAreOneUnnamedHolder()
    {
        var found = EntityTestPipeline.Analyze("وقالت وزيرة خارجية ألبانيا إن الهجوم مدان. وأضاف وزير الخارجية الألباني أن الرد قادم.",
            new DateTimeOffset(2022, 9, 10, 12, 0, 0, TimeSpan.Zero));

        var holder = found.Entity("per:~office-foreign-minister-al");
        Assert.Equal(["وزيرة خارجية ألبانيا", "وزير الخارجية الألباني"], holder.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void ALoneFamilyNameTheTaggerFindsJoinsTheUnknownPersonNamedInFull()
    {
        var found = EntityTestPipeline.Analyze("وقال وزير الموارد المائية المصري، هاني سويلم، إن الاتفاق مهم. وأضاف سويلم أن اللجنة ستجتمع قريبا.");

        var person = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        // The minister by portfolio apposed to the name is his role mention (PortfolioMinisterTests).
        Assert.Equal(["وزير الموارد المائية المصري", "هاني سويلم", "سويلم"], person.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.ShortInContext, person.Mentions[2].Rule);
    }

    [Fact]
    public void FamilyNameAfterFullNameLinksToTheSamePerson()
    {
        var found = EntityTestPipeline.Analyze("استقبل إيدي راما الوفد في مكتبه. وقال راما إن العلاقات متينة.");

        var rama = found.Entity("per:edi-rama");
        Assert.Equal(["إيدي راما", "راما"], rama.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.ShortInContext, rama.Mentions[1].Rule);
    }

    [Fact]
    public void ANameCompoundedWithAbdIsFoundWrittenJoined()
    {
        var found = EntityTestPipeline.Analyze("طالب عبدربه منصور هادي الأطراف اليمنية باحترام الهدنة.");

        var hadi = found.Entity("per:abdrabbuh-mansur-hadi");
        Assert.Equal(["عبدربه منصور هادي"], hadi.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.GazetteerName, hadi.Mentions[0].Rule);
    }

    [Fact]
    public void FamilyNameOfAPersonNotInTheArticleStaysUnlinked()
    {
        var found = EntityTestPipeline.Analyze("وقال راما إن العلاقات متينة.");

        Assert.Null(found.Find("per:edi-rama"));
    }

    [Fact]
    public void RolePhraseLinksToThePersonNamedAfterIt()
    {
        var found = EntityTestPipeline.Analyze("أكد وزير الخارجية السعودي، فيصل بن فرحان، أن المملكة تدعم الحوار.");

        var faisal = found.Entity("per:faisal-bin-farhan");
        var role = faisal.Mentions.Single(m => m.Kind == MentionKind.Role);
        Assert.Equal("وزير الخارجية السعودي", role.Text);
        Assert.Equal(EntityRules.RoleApposition, role.Rule);
    }

    [Fact]
    public void ABareOfficeLaterInTheArticleIsThePersonTheArticleIntroducedInIt()
    {
        // Undated, and a former holder of the same office is named too: the office alone still means the one introduced.
        const string text = "قال وزير الخارجية الإيراني، محمد جواد ظريف، إن المفاوضات كانت صعبة. "
                            + "وكان علي أكبر صالحي قد قاد الملف قبله. ووصف وزير الخارجية الإيراني الاتفاق بأنه متوازن.";

        var found = EntityTestPipeline.Analyze(text);

        var zarif = found.Entity("per:javad-zarif");
        Assert.Equal(["وزير الخارجية الإيراني", "محمد جواد ظريف", "وزير الخارجية الإيراني"], zarif.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.RoleInArticle, zarif.Mentions[2].Rule);
        Assert.Equal(["علي أكبر صالحي"], found.Entity("per:ali-akbar-salehi").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void RolePhraseResolvesToTheHolderOnTheArticleDate()
    {
        const string text = "قال رئيس وزراء ألبانيا إن بلاده لن تتراجع.";

        var in2022 = EntityTestPipeline.Analyze(text, September2022);
        var role = Assert.Single(in2022.Entity("per:edi-rama").Mentions);
        Assert.Equal("رئيس وزراء ألبانيا", role.Text);
        Assert.Equal(EntityRules.RoleAtDate, role.Rule);

        var in2010 = EntityTestPipeline.Analyze(text, new DateTimeOffset(2010, 5, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("per:sali-berisha", Assert.Single(in2010.Entities, e => e.Type == EntityType.PER).Id);
    }

    [Fact]
    public void RolePhraseOfAStateResolvesByDateToDifferentHolders()
    {
        const string text = "وصل وزير الخارجية الأمريكي إلى الرياض.";

        Assert.NotNull(EntityTestPipeline.Analyze(text, September2022).Find("per:antony-blinken"));
        Assert.NotNull(EntityTestPipeline.Analyze(text, new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero)).Find("per:mike-pompeo"));
    }

    [Theory]
    [InlineData("وقال وزير الخارجية الهندي إن بلاده تدعم الحوار.", "2024-06-10", "per:subrahmanyam-jaishankar")]
    [InlineData("وصرح وزير الخارجية الجزائري بأن بلاده ترفض التدخل.", "2015-03-01", "per:ramtane-lamamra")]
    [InlineData("وقالت وزيرة الخارجية الأسترالية إن حكومتها قلقة.", "2016-05-01", "per:julie-bishop")]
    [InlineData("وصل وزير الخارجية الإيطالي إلى القاهرة.", "2015-06-01", "per:paolo-gentiloni")]
    [InlineData("وأكد وزير خارجية اليمن أن الحكومة ملتزمة بالهدنة.", "2017-01-15", "per:abdulmalik-al-mikhlafi")]
    [InlineData("وقالت وزيرة الخارجية الإسبانية إن مدريد تدعم الحل.", "2020-06-01", "per:arancha-gonzalez-laya")]
    public void AForeignMinistersRolePhraseResolvesToTheHolderOnTheArticleDate(string text, string date, string id)
    {
        var found = EntityTestPipeline.Analyze(text, DateTimeOffset.Parse(date + "T12:00:00Z"));

        Assert.Equal(id, Assert.Single(found.Entities, e => e.Type == EntityType.PER).Id);
    }

    [Fact]
    public void CapitalThatActsStandsForItsState()
    {
        var found = EntityTestPipeline.Analyze("اتهمت طهران واشنطن بالتصعيد.");

        var tehran = Assert.Single(found.Entity("gpe:iran").Mentions);
        Assert.Equal(("طهران", MentionKind.Metonym), (tehran.Text, tehran.Kind));
        Assert.Equal(MentionKind.Metonym, Assert.Single(found.Entity("gpe:united-states").Mentions).Kind);
        Assert.Null(found.Find("loc:tehran"));
    }

    [Fact]
    public void CapitalsInARelationStandForTheirStates()
    {
        var found = EntityTestPipeline.Analyze("تتواصل المحادثات بين واشنطن وتيرانا حول الأمن.");

        Assert.Equal("واشنطن", Assert.Single(found.Entity("gpe:united-states").Mentions).Text);
        Assert.Equal("تيرانا", Assert.Single(found.Entity("gpe:albania").Mentions).Text);
    }

    [Theory]
    [InlineData("عقد الاجتماع في تيرانا أمس.")]
    [InlineData("أقامت السفارة حفلا لدى وصول الوفد، والتقى السفير لدى تيرانا بالوزير.")]
    [InlineData("وصل الوفد الأمريكي إلى تيرانا صباح الأحد.")]
    [InlineData("تجول الصحفيون في شوارع تيرانا القديمة.")]
    public void CapitalGovernedByALocativeIsTheCity(string sentence)
    {
        var found = EntityTestPipeline.Analyze(sentence);

        Assert.Equal("تيرانا", Assert.Single(found.Entity("loc:tirana").Mentions).Text);
        Assert.Null(found.Find("gpe:albania"));
    }

    [Fact]
    public void CliticsAreLeftOutOfTheMentionSpan()
    {
        const string text = "قدمت واشنطن الدعم لإسرائيل وألبانيا.";
        var found = EntityTestPipeline.Analyze(text);

        var israel = Assert.Single(found.Entity("gpe:israel").Mentions);
        Assert.Equal("إسرائيل", israel.Text);
        Assert.Equal(text.IndexOf("لإسرائيل", StringComparison.Ordinal) + 1, israel.Span.Start);
        Assert.Equal("ألبانيا", Assert.Single(found.Entity("gpe:albania").Mentions).Text);
    }

    [Fact]
    public void TwoUnknownWordsAfterATitleAreAPerson()
    {
        var found = EntityTestPipeline.Analyze("وقالت السفيرة الفرنسية كلير دوبون إن باريس تتابع الملف.");

        var person = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal("كلير دوبون", person.NameAr);
        Assert.Null(person.NameEn);
        Assert.StartsWith("per:~", person.Id);
        Assert.Equal(EntityRules.TitleName, person.Mentions[0].Rule);
    }

    [Fact]
    public void AmbiguousOutletNameNeedsAnOutletWord()
    {
        Assert.NotNull(EntityTestPipeline.Analyze("ونقلت قناة العربية عن مصادر قولها.").Find("org:al-arabiya"));
        Assert.Null(EntityTestPipeline.Analyze("تدرس الطالبة اللغة العربية في الجامعة.").Find("org:al-arabiya"));
    }

    [Fact]
    public void EmbassyOfAStateInACapitalIsOneOrganization()
    {
        var found = EntityTestPipeline.Analyze("تلقت السفارة التركية لدى بغداد مذكرة رسمية.");

        var embassy = found.Entity("org:embassy-turkey-in-baghdad");
        Assert.Equal("Embassy of Turkey in Baghdad", embassy.NameEn);
        Assert.NotNull(found.Find("gpe:turkey"));
        Assert.NotNull(found.Find("loc:baghdad"));
    }

    [Fact]
    public void SameEntitiesHaveTheSameIdsInTwoArticles()
    {
        var first = EntityTestPipeline.Analyze("قال أنتوني بلينكن إن السفيرة الهولندية يانا مولر ستزور عمان.", id: "a");
        var second = EntityTestPipeline.Analyze("وأضاف بلينكن أن المستشار الألماني استقبل الصحفية يانا مولر أمس.", id: "b");

        Assert.Equal("per:antony-blinken", first.Entity("per:antony-blinken").Id);
        Assert.NotNull(second.Find("per:antony-blinken"));
        var unknownFirst = first.Entities.Single(e => e.Type == EntityType.PER && !e.Known && e.Mentions.Any(m => m.Kind == MentionKind.Name));
        var unknownSecond = second.Entities.Single(e => e.Type == EntityType.PER && !e.Known && e.Mentions.Any(m => m.Kind == MentionKind.Name));
        Assert.Equal(unknownFirst.Id, unknownSecond.Id);
    }

    [Fact]
    public void LoneFirstNameLinksOnlyWhenNothingCouldContinueTheName()
    {
        var found = EntityTestPipeline.Analyze("وقال رئيس وزراء ألبانيا أمس إن الحكومة مستعدة. وكرر إيدي ذلك. وكتب إيدي تايلور أن راما وافق.", September2022);

        var rama = found.Entity("per:edi-rama");
        Assert.Equal(["رئيس وزراء ألبانيا", "إيدي", "راما"], rama.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void PrepositionAlaIsNotTheFirstNameAli()
    {
        var found = EntityTestPipeline.Analyze("قال علي خامنئي إن إيران ستحافظ على مواقفها. وأكد خامنئي ذلك.");

        Assert.Equal(["علي خامنئي", "خامنئي"], found.Entity("per:ali-khamenei").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void DefiniteOfficeWithIndefiniteNisbaIsNotThatStatesOffice()
    {
        var found = EntityTestPipeline.Analyze("قال رجب طيب أردوغان إن الأمير تركي بن عبد الله زار أنقرة.", September2022);

        Assert.DoesNotContain(found.Entity("per:recep-tayyip-erdogan").Mentions, m => m.Kind == MentionKind.Role);
    }

    [Fact]
    public void FormerOfficeLinksOnlyToTheNameNextToIt()
    {
        var found = EntityTestPipeline.Analyze("التقى الرئيس الأمريكي الأسبق جيمي كارتر بالوفد، ثم تحدث الرئيس الأمريكي للصحفيين.", September2022);

        var carter = found.Entities.Single(e => e.Type == EntityType.PER && !e.Known);
        Assert.Equal("جيمي كارتر", carter.NameAr);
        Assert.Equal("الرئيس الأمريكي", carter.Mentions.Single(m => m.Kind == MentionKind.Role).Text);
        Assert.Equal("الرئيس الأمريكي", Assert.Single(found.Entity("per:joe-biden").Mentions).Text);
    }
}
