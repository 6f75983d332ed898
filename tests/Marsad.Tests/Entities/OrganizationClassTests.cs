using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Organizations of the classes organizations.tsv covers whole (issue 9, sections 1 and 3): carmakers, Formula One
/// constructors, space agencies, airlines, Saudi Arabia's municipalities, the football clubs of the region's top divisions,
/// the jihadist and insurgent groups of the region's wars, the Latin acronyms Arabic text leaves in Latin letters, and every
/// state's government, central bank, ministries, airline and Red Cross or Red Crescent society (state-bodies.tsv), on
/// sentences the team wrote.
/// </summary>
public sealed class OrganizationClassTests
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("واستدعت ميتسوبيشي آلاف السيارات بسبب عيب في الوسائد الهوائية.", "org:mitsubishi", "ميتسوبيشي")]
    [InlineData("وتعتزم فولكس واغن افتتاح مصنع جديد في المكسيك.", "org:volkswagen", "فولكس واغن")]
    [InlineData("وحل سائق ماكلارين ثانيا في سباق جائزة موناكو الكبرى.", "org:mclaren", "ماكلارين")]
    [InlineData("وانتقل السائق البرازيلي إلى فريق بريتش أمريكان ريسنغ قبل موسمين.", "org:bar-f1", "بريتش أمريكان ريسنغ")]
    [InlineData("وأطلقت وكالة الفضاء اليابانية مسبارا نحو القمر.", "org:jaxa", "وكالة الفضاء اليابانية")]
    [InlineData("ونقلت CNN عن مسؤولين أن المفاوضات توقفت.", "org:cnn", "CNN")]
    // Generated for every state by the patterns of state-bodies.tsv, not rows.
    [InlineData("وقرر البنك المركزي المصري رفع أسعار الفائدة نصف نقطة.", "org:central-bank-egypt", "البنك المركزي المصري")]
    [InlineData("وطرح بنك الأردن المركزي سندات جديدة أمس.", "org:central-bank-jordan", "بنك الأردن المركزي")]
    [InlineData("وعلقت الخطوط الجوية العراقية رحلاتها إلى المدينة.", "org:national-airline-iraq", "الخطوط الجوية العراقية")]
    // A state's airline that is a row of organizations.tsv keeps the row's id under the generated name.
    [InlineData("وعلقت الخطوط الجوية التركية رحلاتها إلى المدينة.", "org:turkish-airlines", "الخطوط الجوية التركية")]
    [InlineData("وأعلنت طيران الإمارات شراء طائرات جديدة.", "org:emirates-airline", "طيران الإمارات")]
    [InlineData("وأعلنت وزارة الصحة الأردنية تسجيل إصابات جديدة.", "org:health-ministry-jordan", "وزارة الصحة الأردنية")]
    // Every club of the top divisions of Jordan, Saudi Arabia, Egypt and Tunisia.
    [InlineData("وتغلب اتحاد الرمثا على ضيفه بهدفين في الجولة الخامسة.", "org:ittihad-al-ramtha", "اتحاد الرمثا")]
    [InlineData("واكتفى المقاولون العرب بالتعادل في ملعبه مساء أمس.", "org:arab-contractors", "المقاولون العرب")]
    [InlineData("وخسر الملعب القابسي مباراته الثالثة على التوالي.", "org:stade-gabesien", "الملعب القابسي")]
    // Every club of the top divisions of the other Arab leagues in the 2010s and 2020s.
    [InlineData("وتغلب وفاق سطيف على منافسه في ملعب الثامن من مايو.", "org:es-setif", "وفاق سطيف")]
    [InlineData("وأعلن نادي المحرق تعاقده مع مهاجم برازيلي.", "org:al-muharraq-sc", "نادي المحرق")]
    [InlineData("وتقدم نهضة بركان بهدف في الشوط الأول.", "org:rs-berkane", "نهضة بركان")]
    [InlineData("وانتقل الحارس إلى القادسية الكويتي بعقد لموسمين.", "org:al-qadsia", "القادسية الكويتي")]
    [InlineData("وخسر الوصل أمام ضيفه في دوري المحترفين.", "org:al-wasl", "الوصل")]
    // Every state's Red Cross or Red Crescent society, generated from countries.tsv by state-bodies.tsv.
    [InlineData("وسيرت جمعية الهلال الأحمر الكويتي قافلة أدوية إلى المخيمات.", "org:national-society-kuwait", "جمعية الهلال الأحمر الكويتي")]
    [InlineData("ونقل الصليب الأحمر اللبناني الجرحى إلى مستشفيات صور.", "org:national-society-lebanon", "الصليب الأحمر اللبناني")]
    [InlineData("وقال الهلال الأحمر في سوريا إن شاحناته عبرت الحاجز.", "org:national-society-syria", "الهلال الأحمر في سوريا")]
    // The jihadist and insurgent groups of the region's wars since the 1990s.
    [InlineData("وأعلنت الجماعة السلفية للدعوة والقتال مسؤوليتها عن الكمين.", "org:gspc", "الجماعة السلفية للدعوة والقتال")]
    [InlineData("وتبنى جيش المهدي الهجوم على الدورية قرب الكوت.", "org:mahdi-army", "جيش المهدي")]
    // A party named like a group of another state is listed with its state; the bare name stays the first row's.
    [InlineData("وقاطعت الجماعة الإسلامية في باكستان الانتخابات البرلمانية.", "org:jamaat-islami-pk", "الجماعة الإسلامية في باكستان")]
    [InlineData("ورشحت الجماعة الإسلامية اللبنانية نائبين عن طرابلس.", "org:jamaa-islamiyya-lb", "الجماعة الإسلامية اللبنانية")]
    [InlineData("وراجعت الجماعة الإسلامية أفكارها داخل السجون.", "org:gamaa-islamiyya", "الجماعة الإسلامية")]
    // A club marked ? (named like a person or a town) is a club after a word of a match too (context.tsv `match`).
    [InlineData("وفاز الحسين على ضيفه بثلاثة أهداف نظيفة.", "org:al-hussein-irbid", "الحسين")]
    [InlineData("وتعادل الوحدات مع منافسه في الجولة الأخيرة.", "org:al-wehdat", "الوحدات")]
    [InlineData("وحسمت مباراة الرمثا بطاقة التأهل إلى النهائي.", "org:al-ramtha", "الرمثا")]
    [InlineData("وجاءت هزيمة الحسين أمام الرمثا قاسية على جماهيره.", "org:al-hussein-irbid", "الحسين")]
    // Saudi Arabia's municipalities (أمانات) are bodies: «أمانة العاصمة المقدسة» is Makkah's, not Yemen's governorate.
    [InlineData("وأعلنت أمانة العاصمة المقدسة إغلاق عشرة مطاعم مخالفة في الأحياء الجنوبية.", "org:amanat-makkah", "أمانة العاصمة المقدسة")]
    [InlineData("ونفذت أمانة منطقة الرياض حملة لإزالة المباني المهجورة.", "org:amanat-riyadh", "أمانة منطقة الرياض")]
    // The class is every city municipality called أمانة: Amman's (not Oman) and Baghdad's too.
    [InlineData("وأغلقت أمانة عمان الكبرى ثلاثة شوارع رئيسية بسبب الثلوج.", "org:greater-amman-municipality", "أمانة عمان الكبرى")]
    [InlineData("وباشرت أمانة بغداد سحب المياه المتجمعة من الأنفاق.", "org:amanat-baghdad-mayoralty", "أمانة بغداد")]
    // A big European club by the shorter name news writes for it.
    [InlineData("وفاز سان جيرمان على ليون بهدفين نظيفين مساء السبت.", "org:psg", "سان جيرمان")]
    public void AnOrganizationOfAClassTheGazetteerCoversWholeIsFoundByItsName(string text, string id, string mention)
    {
        var found = EntityTestPipeline.Analyze(text, March2023);

        Assert.Equal([mention], found.Entity(id).Mentions.Select(m => m.Text));
    }

    // A carmaker written like a month, and a club named like a person's given name (given-names.txt), are organizations
    // only after an organization word: after a word of a match alone the given name is the winner.
    [Theory]
    [InlineData("وتنتهي المهلة في العاشر من نيسان المقبل.", "وأعلنت شركة نيسان خفض إنتاجها هذا العام.", "org:nissan", "نيسان")]
    [InlineData("وفازت جوردان بجائزة أفضل مغنية في الحفل السنوي.", "وفاز فريق جوردان بالسباق الذي أقيم في ماليزيا.", "org:jordan-f1", "جوردان")]
    public void ANameOfAnotherKindIsAnOrganizationOnlyAfterAnOrganizationWord(string plain, string named, string id, string mention)
    {
        Assert.Null(EntityTestPipeline.Analyze(plain, March2023).Find(id));
        Assert.Equal([mention], EntityTestPipeline.Analyze(named, March2023).Entity(id).Mentions.Select(m => m.Text));
    }

    // Yemen's governorate by its own name stays the place: only the Saudi municipality's longer name is the body.
    [Fact]
    public void YemensCapitalGovernorateStaysAPlace() =>
        Assert.Equal(EntityType.LOC, EntityTestPipeline.Analyze("وقعت الاشتباكات في أمانة العاصمة شمال صنعاء.", March2023).Entity("loc:amanat-al-asimah").Type);

    // A club marked ? is never read after a facility word, even one that is also an organization word (مركز).
    [Fact]
    public void AClubNameAfterAFacilityWordIsNoClub() =>
        Assert.Null(EntityTestPipeline.Analyze("وزار الوفد مركز الحسين للسرطان في عمان.", March2023).Find("org:al-hussein-irbid"));

    // Every state's government is a body of state-bodies.tsv, so it can speak and act as its state's; «الحكومة الأردنية» is a
    // description of it, not a name.
    [Theory]
    [InlineData("وقالت الحكومة الأردنية إنها ستخفض الضرائب على الوقود.", "org:government-jordan", "الحكومة الأردنية", "JO")]
    [InlineData("ونفت حكومة لبنان أن تكون تلقت أي طلب رسمي.", "org:government-lebanon", "حكومة لبنان", "LB")]
    public void AStatesGovernmentIsAnOrganizationOfThatState(string text, string id, string mention, string iso)
    {
        var found = EntityTestPipeline.Analyze(text, March2023);

        Assert.Equal([(mention, MentionKind.Description)], found.Entity(id).Mentions.Select(m => (m.Text, m.Kind)));
        Assert.Equal(iso, Marsad.Entities.Gazetteer.EntityGazetteer.Default.Find(id)?.Country);
    }

    // The bare «الهلال الأحمر» is one row of its own (organizations.tsv `relief`), never the club الهلال after جمعية.
    [Fact]
    public void TheBareRedCrescentIsNoClub()
    {
        var found = EntityTestPipeline.Analyze("ووزعت جمعية الهلال الأحمر سلالا غذائية على الأسر النازحة.", March2023);

        Assert.Null(found.Find("org:al-hilal"));
        Assert.Equal(["جمعية الهلال الأحمر"], found.Entity("org:red-crescent").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void AClubNamedLikeACommonWordIsAClubOnlyAfterAnOrganizationWord()
    {
        var agreement = EntityTestPipeline.Analyze("ووقع الطرفان على الاتفاق في العاصمة مساء الخميس.", March2023);
        var club = EntityTestPipeline.Analyze("وانتقل المدافع إلى نادي الاتفاق بعقد لموسمين.", March2023);

        Assert.Null(agreement.Find("org:al-ettifaq"));
        Assert.Equal(["نادي الاتفاق"], club.Entity("org:al-ettifaq").Mentions.Select(m => m.Text));
    }
}
