namespace Marsad.Tests.Events;

/// <summary>
/// Trigger constructions of issue #7's type recall and precision on news: relative clauses on a launched weapon, light
/// verbs, seizing ground, passives, conditional threats, prison sentences, international sanctions, intentions and
/// refusals, verbal attacks, requests an act answers, investigations under way and accusations of backing terrorism. Each sentence is written for its test; each asserts the exact type, mode and modality of every event, and
/// the actors where the construction decides them.
/// </summary>
public sealed class TriggerConstructionTests
{
    private static string[] Coded(string text) => EventTestPipeline.Coded(text);

    private static string[] Described(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void AWeaponLaunchedInARelativeClauseIsAnAttackOfItsOwnByTheRelativeVerbsSubject()
    {
        var events = Described("أسقطت الدفاعات الجوية الإماراتية صاروخاً باليستياً أطلقه الحوثيون باتجاه أبوظبي.");
        Assert.Equal(2, events.Length);
        Assert.StartsWith("ASSAULT/- asserted", events[0]);
        Assert.StartsWith("ASSAULT/heavy-weapons asserted الحوثيون[YEM]", events[1]);
    }

    [Fact]
    public void ALaunchedDroneInARelativeClauseIsADroneAttack() =>
        Assert.Equal(["ASSAULT/drone asserted", "ASSAULT/drone asserted"], Coded("اعترض الجيش الإسرائيلي طائرة مسيرة أطلقها حزب الله من جنوب لبنان."));

    [Fact]
    public void LaunchingMissilesIsAnAttack() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted"], Coded("أطلق الحوثيون صاروخا باتجاه مدينة جازان السعودية."));

    [Fact]
    public void LightVerbsWithStrikesAreAttacks()
    {
        Assert.Equal(["ASSAULT/aerial asserted"], Coded("نفذت القوات الأمريكية ضربات جوية على مواقع لتنظيم داعش في البادية السورية."));
        Assert.Equal(["ASSAULT/- asserted"], Coded("وجه الجيش الباكستاني ضربة قوية لمعاقل طالبان في وزيرستان."));
        Assert.Equal(["COERCE/arrest asserted"], Coded("شنت قوات الأمن حملة اعتقالات واسعة في صفوف المعارضة."));
    }

    [Fact]
    public void ASharpVerbalAttackOnAPolicyIsDisapprovalNotAnAssault()
    {
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("هاجم وزير الخارجية السعودي السياسات الإيرانية في المنطقة."));
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("شن رئيس البرلمان هجوما حادا على الحكومة بسبب غلاء الأسعار."));
    }

    [Fact]
    public void AnAttackOnAPracticeOrAnAgreementIsDisapprovalNotAnAssault()
    {
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وهاجم الكاتب في مقاله ظاهرة التسول في الشوارع."));
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وتهاجم المعارضة الاتفاق بشدة."));
    }

    [Fact]
    public void HoldingPeopleAsHostagesIsAnAbductionNotAnArrest()
    {
        // The hostage word is context: the captives counted before it are the recipient.
        Assert.Equal(["ASSAULT/abduct asserted المسلحون[-] → عشرة موظفين[-] -"],
            Described("واحتجز المسلحون عشرة موظفين رهائن داخل المصرف لساعات."));
        Assert.Equal(["ASSAULT/abduct asserted"], Coded("وانتهت عملية احتجاز الرهائن في الفندق مساء أمس."));
        Assert.Equal(["ASSAULT/abduct asserted"], Coded("وأخذ الخاطفون ركاب الحافلة رهائن قرب الحدود."));
        // A detention by the police stays an arrest.
        Assert.Equal(["COERCE/arrest asserted"], Coded("واحتجزت الشرطة ثلاثة مشتبه بهم في المطار."));
    }

    [Fact]
    public void AnAttackOnADecisionOrMadeWithCriticismIsDisapproval()
    {
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("وشن النائب المعارض، في مقابلة مع قناة محلية، هجوما عنيفا على قرار وزير المالية رفع الضرائب."));
        Assert.Equal(["ACCUSE/disapprove asserted"], Coded("ويهاجم زعيم المعارضة بانتقادات لاذعة خطة الحكومة لخصخصة الموانئ."));
        // A physical attack keeps its sense.
        Assert.Equal(["ASSAULT/- asserted"], Coded("وشن المسلحون هجوما عنيفا على مقر الشرطة في المدينة."));
    }

    [Fact]
    public void TheRequestAnActAnswersIsARequest()
    {
        Assert.Equal(["REQUEST/- asserted"], Coded("وأرجأ المجلس جلسته إلى الأسبوع المقبل بناءً على طلب الحكومة الليبية."));
        Assert.Equal(["REQUEST/- asserted"], Coded("وأرجأت المحكمة النظر في القضية بطلب من النيابة العامة المصرية."));
        // Market demand is no request.
        Assert.Empty(Coded("وارتفع الطلب على النفط الخام من المصافي الآسيوية."));
    }

    [Fact]
    public void AnInvestigationUnderWayOrAnAllegationIsAnAccusation()
    {
        // On the police's word: reported.
        Assert.Equal(["ACCUSE/investigate reported"], Coded("وأعلنت الشرطة الألمانية أن التحقيقات جارية لمعرفة ملابسات الحريق."));
        Assert.Equal(["ACCUSE/allege asserted"], Coded("وبحسب ادعاءات المعارضة التونسية، فإن الانتخابات شابها تزوير واسع."));
        // Achieving a goal is no investigation.
        Assert.Empty(Coded("وتسعى الحكومة المغربية إلى تحقيق نمو مستمر لقطاع السياحة."));
    }

    [Fact]
    public void SayingAStateBacksTerrorismAccusesIt()
    {
        var e = Assert.Single(EventTestPipeline.Events("وقال وزير الخارجية البحريني إن طهران تدعم الإرهاب في المنطقة."));
        Assert.Equal("ACCUSE/allege", $"{e.Type}/{e.Mode}");
        Assert.Equal("طهران[IRN]", EventTestPipeline.Actor(e.Target));
        // Backing the fight against terrorism accuses nobody.
        Assert.Empty(Coded("وأكد الوزير أن بلاده تدعم جهود مكافحة الإرهاب."));
    }

    [Fact]
    public void APhoneCallAfterATitleIsACallNotThePersonsName()
    {
        Assert.Equal(["CONSULT/phone asserted"], Coded("أجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي."));
        Assert.Equal(["CONSULT/phone asserted"], Coded("أجرى ولي العهد اتصالا هاتفيا بالرئيس التركي."));
    }

    [Fact]
    public void AVerbInARelativeClauseOnAnAttackNounWithItsAdjectivesDescribesThatAttack()
    {
        Assert.Equal(["ACCUSE/disapprove asserted", "ASSAULT/- asserted"],
            Coded("وأدانت المملكة العربية السعودية بشدة الهجوم الإرهابي الذي استهدف مسجدا في باكستان."));
        Assert.Equal(["ASSAULT/suicide-attack asserted ? → كنيسة[-] -"], Described("وقع التفجير الانتحاري الذي ضرب كنيسة في المدينة."));
    }

    [Fact]
    public void SeizingGroundIsAnAssaultOnThePlace() =>
        Assert.Equal(["ASSAULT/- asserted حركة طالبان[AFG] → مدينة قندهار[AFG] -"],
            Described("سيطرت حركة طالبان على مدينة قندهار في جنوب أفغانستان."));

    [Fact]
    public void AVocalisedPassiveMakesItsSubjectTheTargetAndNamesNoDoer()
    {
        Assert.Equal(["COERCE/arrest asserted ? → صحفي تركي[TUR] -"], Described("اعتُقل صحفي تركي في إسطنبول بتهمة نشر معلومات مضللة."));
        Assert.Equal(["ASSAULT/targeted asserted ? → سجين سياسي[IRN] -"], Described("أُعدم سجين سياسي في إيران."));
    }

    [Fact]
    public void AnUnvocalisedPerfectBeforeACountIsPassiveAndItsAttackIsOneEvent() =>
        Assert.Equal(["ASSAULT/aerial asserted ? → خمسة مدنيين[SYR] -"], Described("قتل خمسة مدنيين في غارة جوية على بلدة في ريف إدلب."));

    [Fact]
    public void AnActiveVerbWithItsDoerKeepsTheDoerAsSource() =>
        Assert.StartsWith("ASSAULT/- asserted مسلحون", Assert.Single(Described("قتل مسلحون شرطيين في هجوم جنوب بغداد.")));

    [Fact]
    public void AHarmInTheConsequenceOfAConditionIsAThreatAndTheConditionsActIsNoEvent()
    {
        Assert.Equal(["THREATEN/violence asserted"], Coded("وقال قائد الجيش: «إذا لم تنسحب الميليشيات من المدينة، فإننا سنقصف مواقعها»."));
        Assert.Equal(["THREATEN/restrict asserted"], Coded("وقال وزير التجارة: «سنفرض عقوبات على الشركات الصينية إذا لم تتغير سياسة الدعم»."));
    }

    [Fact]
    public void AnActInASecondConditionIsNoEventNorAThreat() =>
        // «لو» opens a condition of its own after the consequence of «إذا»: the attack it supposes is no event.
        Assert.Empty(Coded("وقال إنه إذا فشلت المفاوضات فإن الخيارات مفتوحة، ولو هاجمت إسرائيل المنشآت النووية فلن يبقى الاتفاق."));

    [Fact]
    public void DeportingPeopleOrExpellingDiplomatsIsSaidWithRahhala()
    {
        Assert.Equal(["COERCE/deport asserted"], Coded("ورحلت السلطات عشرات المتسللين عبر الحدود."));
        Assert.Equal(["SANCTION/expel asserted"], Coded("ورحلت الحكومة ثلاثة دبلوماسيين روس."));
    }

    [Fact]
    public void AnActTheConditionSaysGoesOnIsAnEvent() =>
        // The launches are told in the minister's warning: reported.
        Assert.Equal(["THREATEN/violence asserted", "ASSAULT/heavy-weapons reported"],
            Coded("وحذر وزير الدفاع الإسرائيلي حزب الله من أن بيروت ستدفع ثمنا باهظا إذا واصل إطلاق الصواريخ على الشمال."));

    [Fact]
    public void AWarningWithAConditionIsAThreat() =>
        Assert.Equal(["THREATEN/violence asserted"], Coded("وحذر الرئيس الأمريكي كوريا الشمالية من أنها ستندم إذا أجرت تجربة نووية جديدة."));

    [Fact]
    public void APrisonSentenceIsAConvictionAndAnImprisonmentOfTheSamePerson()
    {
        var events = Described("حكمت محكمة مصرية بالسجن عشر سنوات على ناشط معارض بتهمة نشر أخبار كاذبة.");
        Assert.Equal(2, events.Length);
        Assert.StartsWith("SANCTION/convict asserted محكمة مصرية[EGY]", events[0]);
        Assert.StartsWith("COERCE/arrest asserted", events[1]);
    }

    [Fact]
    public void ASentenceInAbsentiaIsAThreatOfArrest() =>
        Assert.Equal(["SANCTION/convict asserted", "THREATEN/arrest asserted"],
            Coded("وحكمت محكمة ألمانية غيابياً بالسجن المؤبد على ضابط سوري سابق."));

    [Fact]
    public void InternationalSanctionsAreSanctionDiscontinueAsTheManualCodesThem()
    {
        Assert.Equal(["SANCTION/discontinue asserted"], Coded("فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية لنقل النفط."));
        Assert.Equal(["SANCTION/discontinue asserted"], Coded("فرض الاتحاد الأوروبي حظرا على تصدير الأسلحة إلى ميانمار."));
        // A blockade and a curfew stay coercion.
        Assert.Equal(["COERCE/restrict asserted"], Coded("فرضت القوات الإسرائيلية حصارا على مدينة جنين."));
        Assert.Equal(["COERCE/curfew asserted"], Coded("وفرضت السلطات حظر تجول في العاصمة."));
    }

    [Fact]
    public void AnIntentionWithoutAnActIsAnAgreementAndWithAnActIsThatActPlanned()
    {
        Assert.Equal(["AGREE/- planned"], Coded("يعتزم البنك الدولي تمويل مشروع للطاقة الشمسية في المغرب."));
        Assert.Equal(["COERCE/deport planned"], Coded("تعتزم الحكومة الدنماركية ترحيل مئات اللاجئين السوريين."));
    }

    [Fact]
    public void ACooperativeActARefusalNamesIsNoEvent() =>
        Assert.Equal(["REJECT/assist asserted"], Coded("ورفض وزير الداخلية الألماني منح اللجوء لعائلة سورية."));

    [Fact]
    public void ACheckpointNamesAPlaceNotASearch() =>
        Assert.Equal(["ASSAULT/- asserted"], Coded("هاجم مسلحون نقطة تفتيش للجيش المصري في شمال سيناء."));

    [Fact]
    public void WithdrawingOnesOwnDemandIsAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], Coded("وسحبت المعارضة مطلبها بإقالة وزير الداخلية."));

    [Fact]
    public void TheSubjectAfterAVerbOpeningWithWaAndBaIsNotGovernedByAPreposition()
    {
        Assert.Equal(["CONSULT/phone asserted ولي العهد السعودي[SAU] → رئيس الوزراء العراقي[IRQ] -"],
            Described("وبحث ولي العهد السعودي في اتصال هاتفي مع رئيس الوزراء العراقي تطورات المنطقة."));
        Assert.Equal(["CONSULT/- asserted الحكومة العراقية[IRQ] → ? -"],
            Described("وبحثت الحكومة العراقية في اجتماعها الطارئ أزمة المياه."));
    }

    [Fact]
    public void ArrivingOnAVisitHasTheDestinationInTheLongGapAsRecipient() =>
        Assert.Equal(["CONSULT/visit asserted وزير الخارجية التركي[TUR] → القاهرة[EGY] -"],
            Described("وصل وزير الخارجية التركي إلى القاهرة في زيارة رسمية."));

    [Fact]
    public void AnAccusingParticipleAfterACommaIsTheMainSubjectsAccusation()
    {
        var events = Described("وقطعت النيجر علاقاتها مع فرنسا، متهمة باريس بدعم الجماعات المسلحة.");
        Assert.Equal(2, events.Length);
        Assert.StartsWith("ACCUSE/allege asserted النيجر[NER]", events[1]);
    }

    [Fact]
    public void AnAccusingParticipleWithoutACommaIsTheAccusedNotAnAccusation()
    {
        Assert.Empty(Coded("مثل أمام المحكمة ثلاثة متهمين بقتل شرطي."));
        Assert.Empty(Coded("وقال محامي المتهمين إن موكليه أبرياء."));
    }

    [Fact]
    public void DescribingAnActWithADisparagingWordAfterACommaIsDisapproval()
    {
        Assert.Equal(["REJECT/- asserted", "ACCUSE/disapprove asserted"], Coded("رفضت الحكومة الإيطالية التقرير، واصفة إياه بأنه «غير مهني»."));
        // Describing reports as speculation goes with the denial: no disparaging word, no accusation.
        Assert.DoesNotContain(Coded("ونفى مكتب الرئيس أن يكون وزير المالية قد قدم استقالته، واصفاً الأنباء بأنها «تكهنات»."),
            e => e.StartsWith("ACCUSE", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAgreementNounWhosePhraseAClauseEndsAgreesOnNothing()
    {
        // «لا يقوم على»: the negation opens the deal's own clause; «على» belongs to its verb, not to the noun.
        Assert.Empty(Coded("وقال وزير الخارجية الفرنسي إن الاتفاق لا يقوم على الثقة."));
        // A comma closes the noun's phrase: «على أهميته» is a concession, nothing agreed on.
        Assert.Empty(Coded("ورأى الرئيس الإيراني أن الاتفاق، على أهميته، يبقى هشا."));
    }
}
