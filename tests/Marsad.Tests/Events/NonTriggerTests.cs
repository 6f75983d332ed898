namespace Marsad.Tests.Events;

/// <summary>
/// Words that look like triggers but name no event: religious formulas and idioms (Resources/Events/non-triggers.tsv),
/// a patient verb («تعرض ل» undergo, not «عرض» offer), an adverb read as a verb (و + هناك, not هنأ) and an elative read as
/// a first-person verb outside a quote («أعذب المياه» the sweetest water, not "I torture"; «نطالب الحكومة» in a column, the
/// writer's own demand).
/// </summary>
public sealed class NonTriggerTests
{
    [Fact]
    public void TheBlessingOnTheProphetIsNoHandover() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار خيرا."));

    [Fact]
    public void APraiseFormulaAfterTheNameOfGodIsNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وذكر الإمام أن الله عز وجل أمر بالعدل بين الناس."));

    [Fact]
    public void RankingFirstIsNoOccupation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("احتلت الجامعة المركز الأول في التصنيف العربي هذا العام."));

    [Fact]
    public void NotCommentingOnAnAgreementIsNoSuspensionOfIt() =>
        Assert.Empty(EventTestPipeline.DescribeAll("ولم تعلق تركيا على الاتفاق حتى مساء أمس."));

    [Fact]
    public void SuspendingAnAgreementIsStillASanction() =>
        Assert.Equal(["SANCTION/discontinue asserted تركيا[TUR] → اليونان[GRC] -"], EventTestPipeline.DescribeAll("وعلقت تركيا الاتفاق مع اليونان."));

    [Fact]
    public void FilmPiracyIsNoCyberAttack() =>
        Assert.Empty(EventTestPipeline.DescribeAll("حذرت الشركة من قرصنة الأفلام عبر المواقع المجانية."));

    [Fact]
    public void ASeizedCityIsStillAnOccupation() =>
        Assert.Equal(["COERCE/seize asserted القوات الروسية[RUS] → المدينة[-] -", "ASSAULT/- asserted ? → ? -"],
            EventTestPipeline.DescribeAll("احتلت القوات الروسية المدينة بعد معارك عنيفة."));

    [Fact]
    public void BeingSubjectedToCriticismIsNoOfferButTheCriticismTargetsTheSubject() =>
        Assert.Equal(["ACCUSE/disapprove asserted ? → الوزير[-] -"], EventTestPipeline.DescribeAll("تعرض الوزير لانتقادات واسعة على مواقع التواصل."));

    [Fact]
    public void TheAttackerNamedByTheDefiniteParticipleIsNoAttack() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وأوضحت الشرطة أن المهاجمة الفارة طالبة جامعية في الثلاثين من عمرها."));

    [Fact]
    public void AndThereIsIsNoCongratulation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وهناك مخاوف كبيرة لدى السكان من ارتفاع الأسعار."));

    [Fact]
    public void CategoricalAfterADenialOrAMannerNounIsNoBoycott()
    {
        Assert.Equal(["ACCUSE/allege denied"], EventTestPipeline.Coded("ونفت الحكومة الجزائرية نفيا قاطعا اتهام المغرب بدعم المسلحين."));
        Assert.Empty(EventTestPipeline.Coded("وأكد الوزير بشكل قاطع أن بلاده لن تغير موقفها."));
        Assert.Equal(["PROTEST/boycott asserted"], EventTestPipeline.Coded("وقاطعت أحزاب المعارضة الانتخابات البرلمانية في مصر."));
    }

    [Fact]
    public void AMarchInTheSingularIsAProtestOnlyWithAWordOfProtestOrItsOrganisers()
    {
        Assert.Empty(EventTestPipeline.Coded("وتحدث الوزير عن مسيرة التنمية في المملكة خلال العقود الماضية."));
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded("وخرجت مسيرة احتجاجية في شوارع عمان ضد قرار الحكومة."));
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded("وشارك الآلاف في المسيرة التي دعت إليها النقابات في تونس."));
    }
    [Fact]
    public void TheSociologistIsNoMeeting() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال عالم الاجتماع الفرنسي إن المدن الكبيرة تغير عادات سكانها."));

    [Fact]
    public void SocialAsAnAdjectiveIsNoMeetingOfTheSpeaker() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال الباحث المصري أحمد زكي إن الإنسان اجتماعي بطبعه ويحتاج إلى غيره."));

    [Fact]
    public void SeekersOfRestAreNoDemand() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وتجذب تونس آلاف السياح وطالبي الراحة كل صيف."));

    [Fact]
    public void MyArrestInTheSpeakersOwnWordsIsStillAnArrest() =>
        Assert.Equal(["COERCE/arrest reported الشرطة[-] → ? 2024-03-09"], EventTestPipeline.DescribeAll("وقال المعارض البارز: «جاءت الشرطة إلى منزلي لاعتقالي فجر أمس»."));

    [Fact]
    public void MyArrestAfterAPassiveAuxiliaryIsStillAnArrest() =>
        Assert.Equal(["COERCE/arrest asserted قوات الأمن[-] → ? -"], EventTestPipeline.DescribeAll("وأثناء عودتي من المدينة تم اعتقالي مع زملاء آخرين من قبل قوات الأمن."));

    [Fact]
    public void TheSweetestWaterIsNoTorture() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وتشتهر المنطقة الجبلية بينابيع تحوي أعذب المياه في البلاد."));

    [Fact]
    public void TortureInTheSpeakersOwnWordsIsStillTorture() =>
        Assert.Equal(["ASSAULT/torture reported"], EventTestPipeline.Coded("وقال السجان السابق: «كنت أعذب المعتقلين في الزنزانة كل ليلة»."));

    [Fact]
    public void AColumnistsOwnDemandIsNoRequest() =>
        Assert.Empty(EventTestPipeline.Coded("ونحن نطالب الحكومة بإعادة النظر في قرار رفع أسعار الوقود."));

    [Fact]
    public void ADemandInTheSpeakersOwnWordsIsStillARequest() =>
        Assert.Equal(["REQUEST/change reported"], EventTestPipeline.Coded("وقال رئيس النقابة: «نطالب الحكومة بإعادة النظر في القرار»."));

    [Fact]
    public void SupportInQuoteMarksTheQuoteStepMissedIsStillSupport() =>
        Assert.Equal(["SUPPORT/- asserted"], EventTestPipeline.Coded("علق الوزير على التقرير الذي نشرته الهيئة مؤخرا حول سوق العمل، بعبارة «العامل أهم من أن يهمل، لذا يجب أن ندعمه، ونحن نؤيد ما تقوم به الهيئة»، مشيرا إلى أن التقرير يلزم الشركات."));

    [Fact]
    public void AnElativeInQuoteMarksIsStillNoFirstPerson() =>
        Assert.Empty(EventTestPipeline.Coded("وكتب المؤرخ أن الشعراء «أصدق الناس لسانا وأثمنهم كلمة في زمن الحرب»."));

    [Fact]
    public void DestroyingHomelandsOrSocietiesIsAFigure()
    {
        Assert.Empty(EventTestPipeline.Coded("وحذر رئيس الوزراء من تدمير الأوطان بالصراعات الطائفية."));
        Assert.Empty(EventTestPipeline.Coded("وقال الخطيب إن الطائفية تدمر المجتمعات العربية."));
    }

    [Fact]
    public void AShoulderFiredMissileIsFiredOnNobody() =>
        Assert.Empty(EventTestPipeline.Coded("واستخدم المسلحون صواريخ مضادة للطائرات محمولة على الكتف."));

    [Fact]
    public void LetMeIsNoCall() =>
        Assert.Empty(EventTestPipeline.Coded("وقال الخبير: «دعني أوضح لك أمرا مهما»."));

    [Fact]
    public void NotBeingSparedPastTheSubjectIsNoHandover() =>
        Assert.Empty(EventTestPipeline.Coded("ولم تسلم المساجد هذه المرة من القصف."));

    [Fact]
    public void AMinisterialPostIsNoVisit() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وشغل الوزير الفرنسي أول منصب وزاري في باريس عام 1991."));

    [Fact]
    public void ACooperativeFrameworkIsNoCooperation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وأكد وزير النفط السعودي أهمية العمل في إطار تعاوني."));

    [Fact]
    public void ASourceDecliningToBeNamedRejectsNothing() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقال مسؤول في وزارة الدفاع الفرنسية، رفض الكشف عن اسمه، إن الاجتماع تأجل."),
            e => e.StartsWith("REJECT", StringComparison.Ordinal));

    [Fact]
    public void AHilltopIsNoSummit() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وتمركز قناصة الجيش السوري على قمة التل المطل على البلدة."),
            e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void ThePeakOfHeightsIsNoSummit() =>
        Assert.Empty(EventTestPipeline.Coded("واستعادت القوات قمة المرتفعات الاستراتيجية شمال البلدة."));

    [Fact]
    public void AHillNamedForAProphetIsNoSummit() =>
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("وزار الجنود قمة النبي صالح قرب القرية."));

    [Fact]
    public void TakingUpAPostIsNoHandover() =>
        Assert.Empty(EventTestPipeline.Coded("وتسلم المحافظ الجديد مهامه في مطلع الشهر."));

    [Fact]
    public void AnImminentDangerIsNoRaid() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقال الوزير إن الجماعات المتطرفة تشكل خطرا داهما على الشباب."),
            e => e.StartsWith("COERCE", StringComparison.Ordinal));

    [Fact]
    public void BeingUsedToSomethingIsNoAssault() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقالت الأم إن ابنها اعتاد السفر، وأضافت: «اعتدنا أن نودعه في المطار»."),
            e => e.StartsWith("ASSAULT", StringComparison.Ordinal));

    [Fact]
    public void ForgingHistoryIsNoVisit() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقالت الحكومة إن الحوثيين يزورون تاريخ اليمن."),
            e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void WhatPromptedForcesToActIsNoDeployment()
    {
        Assert.DoesNotContain(EventTestPipeline.Coded("ودفع ذلك قوات الجيش الأمريكي إلى البقاء في القاعدة."),
            e => e.StartsWith("MOBILIZE", StringComparison.Ordinal));
        Assert.DoesNotContain(EventTestPipeline.Coded("وتصاعدت الاشتباكات، مما دفع القوات العراقية إلى الانتشار في المدينة."),
            e => e.StartsWith("MOBILIZE", StringComparison.Ordinal));
    }

    [Fact]
    public void EndingASpeculationIsNoExpulsion() =>
        Assert.Empty(EventTestPipeline.Coded("وأنهت الوزارة التكهنات حول وجود نقص في الأدوية."));

    [Fact]
    public void ThePeakOfSuccessIsNoSummit() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وترك الرئيس الفرنسي الحكم وهو في قمة مجده."),
            e => e.StartsWith("CONSULT", StringComparison.Ordinal));

    [Fact]
    public void ATelephoneIsNoCall() =>
        Assert.Empty(EventTestPipeline.Coded("ويستخدم الوزير هاتفا قديما منذ سنوات."));

    [Fact]
    public void WhatSomeoneHadToDoIsNoDemand() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقال المحامي إن موكله اعتقل مرة واحدة، وكان عليه أن يمثل أمام القاضي الشهر المقبل."),
            e => e.StartsWith("REQUEST", StringComparison.Ordinal));

    [Fact]
    public void TheCourtOfCassationIsNoVeto() =>
        Assert.Empty(EventTestPipeline.Coded("ونظرت محكمة النقض في الطعن المقدم من الدفاع."));

    [Fact]
    public void DecliningToGiveOnesFullNameIsNoRefusal() =>
        Assert.Empty(EventTestPipeline.Coded("وأكد أحد السكان، الذي رفض الكشف عن كامل هويته، أن الكهرباء انقطعت."));

    [Fact]
    public void DimensionsSpelledWithHamzaAboveAreNoDeportation()
    {
        Assert.Empty(EventTestPipeline.Coded("وللأزمة أبعاد إقليمية خطيرة."));
        Assert.Equal(["COERCE/deport planned"], EventTestPipeline.Coded("وقررت السلطات إبعاد الصحفي الأجنبي."));
    }

    [Fact]
    public void AnExpectedThreatIsADangerNoThreat() =>
        Assert.Empty(EventTestPipeline.Coded("وتدرس الأجهزة الأمنية أي تهديدات محتملة قبل بدء الموسم."));

    [Fact]
    public void AnInternationalInspectionIsNoSearch()
    {
        Assert.Empty(EventTestPipeline.Coded("وتشمل الخطة عمليات التفتيش الدولية في كل المواقع."));
        Assert.Equal(["COERCE/seize asserted"], EventTestPipeline.Coded("وفتشت الشرطة منازل المشتبه بهم."));
    }

    [Fact]
    public void ACentrifugeIsNoExpulsion()
    {
        Assert.Empty(EventTestPipeline.Coded("وقالت الوكالة إن المنشأة تضم ألف جهاز طرد مركزي من الجيل الأول."));
        Assert.Empty(EventTestPipeline.Coded("وركبت المنشأة مئات من أجهزة الطرد الحديثة خلال العام."));
        Assert.Equal(["SANCTION/expel asserted"], EventTestPipeline.Coded("وطردت الحكومة السفير الهولندي."));
    }

    [Fact]
    public void AGripHeldOverSomethingIsNoArrest()
    {
        Assert.Empty(EventTestPipeline.Coded("وأحكم المسلحون قبضتهم على الطريق الساحلي."));
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded("وقبضت الشرطة على اللص في السوق."));
    }

    [Fact]
    public void ControlOfAMarketOrOfPricesIsNoSeizureOfGround()
    {
        Assert.Empty(EventTestPipeline.Coded("وسيطرت الشركات الكبرى على السوق المحلية خلال العقد الماضي."));
        Assert.Empty(EventTestPipeline.Coded("وسيطر التجار على الأسعار في موسم الأعياد."));
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded("وسيطر المسلحون على المطار."));
    }

    [Fact]
    public void AVisitToASightOrAMuseumIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وزار الرئيس الفرنسي المتحف الوطني في القاهرة."));
        Assert.Empty(EventTestPipeline.Coded("ويفضل الزوار زيارة المعالم التاريخية في الصباح الباكر."));
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("وزار وزير الخارجية الأردني القاهرة."));
    }

    [Fact]
    public void StudentsAdmittedAreNoVisitors()
    {
        Assert.Empty(EventTestPipeline.Coded("وتستعد الكلية لاستقبال طالبات جدد من السعودية."));
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("واستقبل الرئيس التونسي وزير الخارجية الإيطالي."));
    }

    [Fact]
    public void ACharacterAssassinationIsNoKilling()
    {
        Assert.Empty(EventTestPipeline.Coded("وتحدث الكاتب عن الاغتيال المعنوي الذي يتعرض له المثقفون."));
        Assert.Equal(["ASSAULT/targeted asserted"], EventTestPipeline.Coded("واغتال مسلحون القاضي أمام منزله."));
    }

    [Fact]
    public void ExceptThatIsNoPromise()
    {
        Assert.Equal(["CONCEDE/- asserted"], EventTestPipeline.Coded(
            "أعلنت الحكومة اليونانية تخفيف بعض القيود على السحب. وعدا ذلك تبقى الرقابة المفروضة على الأموال على حالها لمنع انهيار البنوك."));
        Assert.Equal(["AGREE/- asserted"], EventTestPipeline.Coded("ووعد الوزير بزيادة رواتب المعلمين."));
    }

    [Fact]
    public void AnExpectationIsNoSigning()
    {
        Assert.Empty(EventTestPipeline.Coded("وتوقع دبلوماسيون أن يتأخر الاتفاق بين البلدين إلى العام المقبل."));
        Assert.Empty(EventTestPipeline.Coded("ولا يمكن توقع موعد الاتفاق بين البلدين في ظل الخلافات القائمة."));
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded("ومن المقرر أن توقع الأردن ومصر اتفاقية للتعاون في مجال الطاقة."));
    }

    [Fact]
    public void APhoneCallWithANewspaperIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال المتحدث في اتصال هاتفي مع صحيفة محلية إن الطريق أعيد فتحه."));
        Assert.Equal(["CONSULT/phone asserted"], EventTestPipeline.Coded("وبحث الرئيس المصري في اتصال هاتفي مع العاهل الأردني الأوضاع في المنطقة."));
    }

    [Fact]
    public void APhoneCallWithAnOutletNamedInQuoteMarksIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال مدير المصنع في اتصال هاتفي مع «الأنباء» إن الإنتاج سيبدأ الشهر المقبل."));
        Assert.Empty(EventTestPipeline.Coded("وأكد المسؤول في اتصال هاتفي بـ“الأنباء” أن العمل مستمر في الموقع."));
        Assert.Equal(["CONSULT/phone asserted"], EventTestPipeline.Coded("وبحث الرئيس المصري في اتصال هاتفي مع الرئيس الفرنسي الأوضاع في المنطقة."));
    }

    [Fact]
    public void HaltingACampaignIsNoArrest()
    {
        Assert.Empty(EventTestPipeline.Coded("وتضمنت الوثيقة بندا حول توقيف الحملات الإعلامية بين البلدين."));
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded("وأعلنت الشرطة توقيف ثلاثة أشخاص في العاصمة."));
    }

    [Fact]
    public void HoldingAPlaceOrAStandingIsNoOccupation()
    {
        Assert.Empty(EventTestPipeline.Coded("وتحتل مصر مكانة بارزة في خطط الحكومة الفرنسية."));
        Assert.Empty(EventTestPipeline.Coded("ويحتل الميناء موقعا استراتيجيا على البحر الأحمر."));
        Assert.Empty(EventTestPipeline.Coded("وستحتل أسعار الطاقة اهتماما واسعا لدى المستثمرين هذا الأسبوع."));
    }

    [Fact]
    public void VisitingACastleOrABookshopOrAPlaceWorthVisitingIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وقام الرئيس الفرنسي بزيارة لقلعة صلاح الدين في القاهرة."));
        Assert.Empty(EventTestPipeline.Coded("وزار الرئيس الفرنسي القلعة القديمة في القاهرة أمس."));
        Assert.Empty(EventTestPipeline.Coded("ولا بد للسائح الفرنسي من زيارة لمكتبة «الأنوار» في بيروت."));
        Assert.Empty(EventTestPipeline.Coded("ومن الأماكن الجديرة بالزيارة لكل أفراد العائلة في النمسا منجم الملح."));
    }

    [Fact]
    public void VisitingThePatientsOrTheWoundedIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وزار وزير الصحة السعودي المرضى المنومين في مستشفى الرياض."));
        Assert.Empty(EventTestPipeline.Coded("وقال وزير الصحة السعودي خلال زيارته للمصابين في مستشفى الرياض إن حالتهم مستقرة."));
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("وزار وزير الخارجية المصري الأردن أمس."));
    }

    [Fact]
    public void APressOrTelevisionMeetingIsAnInterviewNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال وزير الخارجية الإيراني في لقاء تلفزيوني مع قناة محلية إن الوضع الاقتصادي يتحسن."));
        Assert.Empty(EventTestPipeline.Coded("وأجرى الرئيس الأميركي لقاء صحفيا مع مراسل الصحيفة في البيت الأبيض."));
    }

    [Fact]
    public void AMeetingWithAChannelOrAMediaMeetingIsAnInterview()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال وزير النفط العراقي في لقاء مع قناة إخبارية عربية إن الإنتاج سيرتفع."));
        Assert.Empty(EventTestPipeline.Coded("وقال الرئيس الفرنسي في لقاء إعلامي بقصر الإليزيه إن بلاده لن تتراجع."));
    }

    [Fact]
    public void RequestingAnInterviewIsNoRequestToMeet() =>
        Assert.Equal(["REJECT/- asserted"], EventTestPipeline.Coded("ورفض الوزير طلبات بإجراء مقابلات معه بعد الانتخابات."));

    [Fact]
    public void RequestingAMeetingIsStillARequest() =>
        Assert.Equal(["REQUEST/meet asserted"], EventTestPipeline.Coded("وطلب السفير الإيراني لقاء وزير الخارجية الكويتي."));

    [Fact]
    public void WordsInTheTitleOfANovelOrAFilmAreNoEvent()
    {
        Assert.Empty(EventTestPipeline.Coded("وقرأت الطالبة رواية «حين هاجم الذئب القرية» خلال العطلة الصيفية."));
        Assert.Empty(EventTestPipeline.Coded("ويعرض المهرجان فيلم «اغتيال المدينة» للمخرج اللبناني في افتتاحه."));
    }

    [Fact]
    public void AHeadlineQuotedAfterItsArticleStillTellsTheNews() =>
        Assert.Equal(["ACCUSE/disapprove asserted"],
            EventTestPipeline.Coded("ونشرت الصحيفة مقالا بعنوان «البرلمان ينتقد الحكومة» في صفحتها الأولى."));

    [Fact]
    public void ThePenaltyAChargeCanCarryIsNoExecution()
    {
        Assert.Empty(EventTestPipeline.Coded("وأقر البرلمان قانونا لمكافحة الإرهاب بعقوبات تصل إلى الإعدام."));
        Assert.Empty(EventTestPipeline.Coded("وتصل عقوبة تهريب المخدرات إلى الإعدام في السعودية."));
    }

    [Fact]
    public void ADefusedBombIsNoAttack()
    {
        Assert.Empty(EventTestPipeline.Coded("وتمكن فريق الهندسة من تفكيك العبوة الناسفة قرب السوق."));
        Assert.Empty(EventTestPipeline.Coded("وأعلنت الشرطة العراقية إبطال مفعول عبوة ناسفة في بغداد."));
    }

    [Fact]
    public void ATrainingCentreIsNoTraining() =>
        Assert.Empty(EventTestPipeline.Coded("وتقع الثكنة قرب مركز لتأهيل وتدريب قوات الشرطة الأفغانية."));

    [Fact]
    public void AShowOfArtOrTheatreIsNoOffer()
    {
        Assert.Empty(EventTestPipeline.Coded("بعد ذلك قدم الفنان سامي الحربي عرضا فنيا من ألعاب الخفة نال عليه إعجاب الحضور."));
        Assert.Empty(EventTestPipeline.Coded("وقدمت الفرقة الوطنية عرضا مسرحيا حصلت عليه على جائزة المهرجان."));
    }

    [Fact]
    public void AnObligationOnOurselvesIsNoRequest()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال وزير التعليم المصري إنه علينا أن نطرح مشروعا وطنيا جديدا للمدارس."));
        Assert.Empty(EventTestPipeline.Coded("وقال وزير التعليم المصري: «يجب علينا أن نعي حجم التحدي في المدارس»."));
        Assert.Equal(["REQUEST/change asserted"], EventTestPipeline.Coded("وقال وزير التعليم المصري إنه يجب على الحكومة أن تعيد النظر في القرار."));
    }

    [Fact]
    public void TheHamzalessFormOfCondemnIsACondemnationButTheFeddanIsNot()
    {
        Assert.Equal(["ACCUSE/disapprove asserted"], EventTestPipeline.Coded("ودانت الحكومة الأردنية تصريحات الوزير الإسرائيلي."));
        Assert.Empty(EventTestPipeline.Coded("وتمتد المزرعة الجديدة على مساحة 80 فدانا قرب النهر."));
    }

    [Fact]
    public void AnObligationLaidOnEveryoneIsNoRequest()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال الوزير إن على الجميع أن يتحملوا مسؤولياتهم تجاه الوطن."));
        Assert.Empty(EventTestPipeline.Coded("وقال الوزير إنه يجب على الجميع أن يحترموا القانون."));
    }

    [Fact]
    public void ClaimingToBelongIsNoCall()
    {
        Assert.Empty(EventTestPipeline.Coded("وأوضح الخبير أن هؤلاء الشبان يدعون الانتماء إلى جماعات متطرفة دون دليل."));
        Assert.Equal(["REQUEST/change asserted"], EventTestPipeline.Coded("ويدعون الحكومة إلى فتح تحقيق في الحادث."));
    }

    [Fact]
    public void WhatAnAgreementRestsOnIsNoAgreement() =>
        Assert.Empty(EventTestPipeline.Coded("وقال وزير الخارجية الفرنسي: «الاتفاق يقوم على الشفافية الكاملة»."));

    [Fact]
    public void ItsPriceIsNoPraise()
    {
        Assert.Empty(EventTestPipeline.Coded("وقالت الشركة إن اللوحة بيعت في المزاد وبلغ ثمنه ثلاثة ملايين دولار."));
        Assert.Equal(["SUPPORT/- asserted"], EventTestPipeline.Coded("وثمن الوزير جهود الجمعية في خدمة المجتمع."));
    }

    [Fact]
    public void RelationsOfCooperationAreNoActOfCooperating() =>
        Assert.Empty(EventTestPipeline.Coded("وترتبط تونس والمغرب بعلاقات تعاون وثيقة في مجال الطاقة."));

    [Fact]
    public void TheRiskOfAnAttackIsNoAttack()
    {
        Assert.Empty(EventTestPipeline.Coded("ونصحت الحكومة البريطانية مواطنيها بعدم السفر إلى المنطقة بسبب مخاطر شن هجمات إرهابية."));
        Assert.Empty(EventTestPipeline.Coded("وحذرت الشرطة من خطر حدوث هجوم إرهابي خلال الاحتفالات."));
    }

    [Fact]
    public void AFriendlyOrASecondLegGameIsNoMeeting()
    {
        Assert.Empty(EventTestPipeline.Coded("وسيلعب الأهلي المصري ثلاثة لقاءات ودية في تونس خلال الشهر المقبل."));
        Assert.Empty(EventTestPipeline.Coded("ويتطلع الوداد إلى حسم التأهل في لقاء الإياب بالدار البيضاء."));
    }

    [Fact]
    public void AHolidayGreetingGatheringIsNoMeeting() =>
        Assert.Empty(EventTestPipeline.Coded("وأقامت الغرفة التجارية لقاء المعايدة لموظفيها في مقرها بالدمام."));

    [Fact]
    public void AMeetingOfMinistersIsStillAConsultation() =>
        Assert.Equal(["CONSULT/- asserted"], EventTestPipeline.Coded("وعقد وزير الخارجية المغربي لقاء مع نظيره الموريتاني في الرباط."));

    [Fact]
    public void AnApplicationFiledIsNoRequest()
    {
        Assert.Empty(EventTestPipeline.Coded("وتنظر المحكمة في طلبات الاستئناف المقدمة من المحامين الشهر المقبل."));
        Assert.Equal(["REQUEST/- asserted"], EventTestPipeline.Coded("وقدمت الحكومة طلبا رسميا إلى مجلس الأمن لعقد جلسة طارئة."));
    }

    [Fact]
    public void AFigureReadsThroughQuoteMarks() =>
        Assert.Empty(EventTestPipeline.Coded("وسعت الجمعية إلى إنقاذ المهرجان من «الضياع» بعد انسحاب الرعاة."));

    [Fact]
    public void AgreeingWithAViewIsNoAgreement()
    {
        Assert.Empty(EventTestPipeline.Coded("وقالت الكاتبة إنها اتفقت معها في أن الرواية تحتاج إلى مراجعة."));
        Assert.Equal(["AGREE/- asserted"], EventTestPipeline.Coded("واتفق الوزير مع نظيره على تشكيل لجنة مشتركة."));
    }

    [Fact]
    public void ThePublicAPlaceOrAServiceReceivesAreNoVisitors()
    {
        Assert.Empty(EventTestPipeline.Coded("واستعدت الموانئ اليمنية لاستقبال السفن القادمة من الإمارات."));
        Assert.Empty(EventTestPipeline.Coded("وتستعد المملكة لاستقبال الحجاج القادمين من مصر وباكستان."));
        Assert.Empty(EventTestPipeline.Coded("وذكر مدير الشركة المصرية أن الفندق يستقبل النزلاء من دول الخليج."));
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("واستقبل أمير المنطقة سفير اليابان في مكتبه."));
    }

    [Fact]
    public void APlaceNamedForReceptionIsNoVisit()
    {
        Assert.Empty(EventTestPipeline.Coded("وأصبح القصر مكانا لاستقبال الوفود الأجنبية القادمة إلى الرياض."));
        Assert.Empty(EventTestPipeline.Coded("وتحول ميناء المدينة إلى مركز لاستقبال البواخر القادمة من ليبيا."));
    }

    [Fact]
    public void SeekingSafetyOrACureIsNoRequest()
    {
        Assert.Empty(EventTestPipeline.Coded("وغادر آلاف السكان منازلهم طلبا للنجاة من الحريق."));
        Assert.Empty(EventTestPipeline.Coded("وسافر الوزير السابق إلى ألمانيا طلبا للعلاج."));
    }

    [Fact]
    public void TradeThatStoppedIsNoSanction()
    {
        Assert.Equal(["ASSAULT/heavy-weapons asserted"], EventTestPipeline.Coded("وأدى القصف إلى توقف تصدير النفط من الموانئ الليبية."));
        Assert.Empty(EventTestPipeline.Coded("وقالت الشركة إن توقف تصدير الغاز إلى الأردن أضر بالاقتصاد."));
    }

    [Fact]
    public void FeelingsEnergiesOrASilenceSetLooseAreNoBombing()
    {
        Assert.Empty(EventTestPipeline.Coded("وقال الناقد إن الأغنية فجرت مشاعر الحنين لدى المغتربين في الخارج."));
        Assert.Empty(EventTestPipeline.Coded("وجاء الاتصال ليفجر الصمت الذي خيم على مكتب الوزير."));
        Assert.Empty(EventTestPipeline.Coded("وتسعى الحكومة المصرية إلى تفجير طاقات الشباب في المشروعات الصغيرة."));
    }

    [Fact]
    public void MeetingOrVisitingOnesOwnFamilyOrFriendIsNoConsultation()
    {
        Assert.Empty(EventTestPipeline.Coded("وفي الرواية يلتقي البطل صديقه القديم في المقهى."));
        Assert.Empty(EventTestPipeline.Coded("والتقى الأمير بزوجته وأولاده بعد عودته من الرحلة."));
        Assert.Empty(EventTestPipeline.Coded("وزار الرئيس الفرنسي أقاربه في مدينة ليون خلال العطلة."));
    }

    [Fact]
    public void APrizeReceivedIsNoHandoverBetweenParties()
    {
        Assert.Empty(EventTestPipeline.Coded("وتسلم الأمير الجائزة من رئيس اللجنة في حفل أقيم بالرياض."));
        Assert.Equal(["COOPERATE/- asserted"], EventTestPipeline.Coded("وتسلمت القوات العراقية شحنة أسلحة من الولايات المتحدة."));
    }

    [Fact]
    public void AdviceToWhoeverReadsOrListensIsNoRequest()
    {
        Assert.Empty(EventTestPipeline.Coded("وأضاف الكاتب: عليك أن تقرأ كثيرا قبل الكتابة، ويتعين عليك أن تصبر."));
        Assert.Empty(EventTestPipeline.Coded("وقال الخبير محمد العمري: يتعين على المرء أن يدخر جزءا من راتبه."));
        Assert.Empty(EventTestPipeline.Coded("وأكدت الخبيرة أن على الإنسان أن يحافظ على صحته."));
    }

    [Fact]
    public void AFacilityNamedBeforeItsReceivingClauseIsNoVisit()
    {
        Assert.Empty(EventTestPipeline.Coded("وأقام الوفد في فندق ريتز كارلتون الذي استقبل أمس الرئيس التركي رجب طيب أردوغان."));
        Assert.Contains(EventTestPipeline.Coded("وكان الرئيس الذي استقبل وزير الخارجية الفرنسي قد أكد دعمه."), e => e.StartsWith("CONSULT/visit"));
    }

    [Fact]
    public void ReceivingOnesGuestsIsNoVisit() =>
        Assert.Empty(EventTestPipeline.Coded("واستقبل السفير الفرنسي ضيوفه في حفل العيد الوطني لبلاده."));

    [Fact]
    public void AKingReceivingHisGuestByTitleIsStillAVisit() =>
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded("واستقبل الملك ضيفه الرئيس الفرنسي في قصره."));

    [Fact]
    public void DemolishingTrustIsNoDestruction() =>
        Assert.Empty(EventTestPipeline.Coded("وحذر النائب من أن المشروع سيهدم الثقة بين الحكومة والناخبين."));

    [Fact]
    public void AtAnyPriceIsNoPraise() =>
        Assert.Empty(EventTestPipeline.Coded("ويريد الرئيس إنهاء الحرب بأي ثمن، رغم اعتراض الجيش."));

    [Fact]
    public void GrantingAPointIsNoHandover() =>
        Assert.Empty(EventTestPipeline.Coded("وسلم وزير الخارجية بأن الحكومة أخطأت في إدارة الملف."));

    [Fact]
    public void TheReadersAdviceToVisitIsNoVisit() =>
        Assert.Empty(EventTestPipeline.Coded("وقال وزير الثقافة الأردني إن المهرجان يبدأ غدا. كما يمكنك زيارة المبنى الجديد لدار الأوبرا الوطنية."));
}
