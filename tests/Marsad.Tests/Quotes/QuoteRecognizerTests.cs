using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

public sealed class QuoteRecognizerTests
{
    [Fact]
    public void DirectQuoteAfterCueAndColonHasTheNamedSubjectAsSpeaker()
    {
        var text = "وقال وزير الخارجية الأردني أيمن الصفدي: «لن نقبل بأي حل يتجاوز حقوق الشعب الفلسطيني».";
        var quote = Assert.Single(Analyze(text));

        Assert.Equal("لن نقبل بأي حل يتجاوز حقوق الشعب الفلسطيني", quote.Text);
        Assert.Equal(quote.Text, quote.Span.Slice(text));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("وقال", quote.Cue!.Text);
        Assert.Equal("per:ayman-safadi", quote.Speaker!.EntityId);
        Assert.Equal("أيمن الصفدي", quote.Speaker.Text);
        Assert.Equal(new Marsad.Documents.TextSpan(0, text.Length), quote.Sentence);
    }

    [Fact]
    public void IndirectQuoteStartsAfterTheComplementizerAndEndsBeforeTheFinalStop()
    {
        var quote = Assert.Single(Analyze("أكد الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستواصل دعم الجهود الإنسانية في السودان."));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("بلاده ستواصل دعم الجهود الإنسانية في السودان", quote.Text);
        Assert.Equal("أكد", quote.Cue!.Text);
        Assert.Equal("per:emmanuel-macron", quote.Speaker!.EntityId);
    }

    [Fact]
    public void ReportedClauseEndsAtACommaBeforeAParticipleCue()
    {
        var quotes = Analyze("وقال أيمن الصفدي إن الحوار هو الطريق الوحيد، مشيرا إلى أن الأزمة لن تحل بالقوة.");

        Assert.Equal(["الحوار هو الطريق الوحيد", "الأزمة لن تحل بالقوة"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("per:ayman-safadi", q.Speaker!.EntityId));
        Assert.Equal("مشيرا", quotes[1].Cue!.Text);
    }

    [Fact]
    public void InterruptedQuoteGivesOneQuotePerPartWithTheSameSpeaker()
    {
        var quotes = Analyze("«لن نتراجع عن مطالبنا المشروعة» قال إيمانويل ماكرون، مضيفا: «الحوار يبقى مفتوحا أمام الجميع».");

        Assert.Equal(["لن نتراجع عن مطالبنا المشروعة", "الحوار يبقى مفتوحا أمام الجميع"], quotes.Select(q => q.Text));
        Assert.Equal(["قال", "مضيفا"], quotes.Select(q => q.Cue!.Text));
        Assert.All(quotes, q => Assert.Equal("per:emmanuel-macron", q.Speaker!.EntityId));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void ANameInMarksRightBeforeTheCueIsNotWhatTheCueReports()
    {
        var quotes = Analyze("ونشر وزير الخارجية الأردني أيمن الصفدي تدوينة على منصة «إكس» قال فيها «نقف مع أشقائنا في السودان حتى تنتهي الحرب».");

        var quote = Assert.Single(quotes);
        Assert.Equal("نقف مع أشقائنا في السودان حتى تنتهي الحرب", quote.Text);
        Assert.Equal("per:ayman-safadi", quote.Speaker!.EntityId);
    }

    [Fact]
    public void PronounSubjectOfWaAdafaResolvesToTheLastSpeaker()
    {
        var quotes = Analyze("وقال سامح شكري إن مصر ترفض أي تهجير للفلسطينيين. وتحدث الوزير عن جولته المقبلة. وأضاف أن القاهرة ستستضيف اجتماعا موسعا الشهر المقبل.",
            new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, quotes.Count);
        Assert.Equal("وأضاف", quotes[1].Cue!.Text);
        Assert.Equal("per:sameh-shoukry", quotes[1].Speaker!.EntityId);
        Assert.Equal("القاهرة ستستضيف اجتماعا موسعا الشهر المقبل", quotes[1].Text);
    }

    [Fact]
    public void RolePhraseSpeakerResolvesToTheOfficeHolderOnTheArticlesDate()
    {
        var quote = Assert.Single(Analyze("وأضاف رئيس وزراء ألبانيا: «لن نسمح بتكرار الهجوم على مؤسساتنا»."));

        Assert.Equal("per:edi-rama", quote.Speaker!.EntityId);
        Assert.Equal("رئيس وزراء ألبانيا", quote.Speaker.Text);
    }

    [Fact]
    public void UnnamedSourceKeepsItsWordsWithNullEntity()
    {
        var quote = Assert.Single(Analyze("وقال مصدر حكومي مطلع لوكالة الأنباء إن الاتفاق سيوقع خلال أيام."));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("مصدر حكومي مطلع", quote.Speaker.Text);
        Assert.Equal("الاتفاق سيوقع خلال أيام", quote.Text);
    }

    [Fact]
    public void ACommonNounAfterADefinitePhraseIsTheVerbsObjectNotPartOfTheSpeaker()
    {
        var quotes = Analyze("ووصفت الحكومة الأردنية المصغرة هجوم الأحد بأنه \"اعتداء جبان على الأبرياء\".");

        var quote = Assert.Single(quotes);
        // The speaker is the linked body (the government of Jordan, named by its common noun and state); what follows
        // it, «المصغرة هجوم الأحد», is never the speaker's.
        Assert.Equal("org:government-jordan", quote.Speaker!.EntityId);
        Assert.Equal("الحكومة الأردنية", quote.Speaker.Text);
        Assert.Equal("اعتداء جبان على الأبرياء", quote.Text);
    }

    [Fact]
    public void AVerbalNounGoverningAPossessorAfterADefinitePhraseIsTheVerbsObjectNotPartOfTheSpeaker()
    {
        var quote = Assert.Single(Analyze("وأعلنت اللجنة الشعبية المحلية فرض سيطرتها على الميناء، مشيرة إلى أن الهدوء عاد إلى المدينة."));

        Assert.Equal("الهدوء عاد إلى المدينة", quote.Text);
        Assert.Equal("اللجنة الشعبية المحلية", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void SpeakerBeforeTheVerbInNominalOrder()
    {
        var quote = Assert.Single(Analyze("وسائل إعلام محلية ذكرت، صباح الأحد، أن الأمطار أغلقت الطرق الرئيسية."));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("وسائل إعلام محلية", quote.Speaker.Text);
        Assert.Equal("الأمطار أغلقت الطرق الرئيسية", quote.Text);
    }

    [Fact]
    public void AttributionPhraseAtSentenceStartAttributesWhatFollowsTheSource()
    {
        var quote = Assert.Single(Analyze("وبحسب وكالة رويترز، فإن المفاوضات ستستأنف الأسبوع المقبل في الدوحة."));

        Assert.Equal("org:reuters", quote.Speaker!.EntityId);
        Assert.Equal("وبحسب", quote.Cue!.Text);
        Assert.Equal("المفاوضات ستستأنف الأسبوع المقبل في الدوحة", quote.Text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void AttributionPhraseAfterTheClauseAttributesTheClauseBeforeIt()
    {
        var quote = Assert.Single(Analyze("أغلقت السلطات المعبر الحدودي أمام الشاحنات، وفق ما ذكرته وكالة رويترز."));

        Assert.Equal("org:reuters", quote.Speaker!.EntityId);
        Assert.Equal("وفق ما ذكرته", quote.Cue!.Text);
        Assert.Equal("أغلقت السلطات المعبر الحدودي أمام الشاحنات", quote.Text);
    }

    [Fact]
    public void PrepositionBeforeAnOrdinaryNounIsNoAttribution()
    {
        Assert.Empty(Analyze("وتوزع المساعدات حسب الحاجة في كل حي."));
    }

    [Fact]
    public void ADefiniteBodyTheEntityLayerDoesNotKnowIsASourceAfterAnAttribution()
    {
        var text = "أصيب أربعة عمال في انهيار جدار المصنع، بحسب الجمعية الزراعية الأهلية.";
        var quote = Assert.Single(Analyze(text));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("الجمعية الزراعية الأهلية", quote.Speaker.Text);
        Assert.Equal(quote.Speaker.Text, quote.Speaker.Span.Slice(text));
        Assert.Equal("بحسب", quote.Cue!.Text);
        Assert.Equal("أصيب أربعة عمال في انهيار جدار المصنع", quote.Text);
    }

    [Fact]
    public void ALoneDefiniteBodyNounOpeningTheSentenceAttributesWhatFollows()
    {
        var quote = Assert.Single(Analyze("ووفق المرصد، فإن الاشتباكات تجددت فجر اليوم في ريف المدينة."));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("المرصد", quote.Speaker.Text);
        Assert.Equal("الاشتباكات تجددت فجر اليوم في ريف المدينة", quote.Text);
    }

    [Fact]
    public void ALoneBodyNounAfterAnAttributionRefersBackToTheBodyNamedBefore()
    {
        var quotes = Analyze("وقالت الجمعية الزراعية الأهلية إن المحصول تراجع هذا العام. وارتفعت أسعار القمح في الأسواق، بحسب الجمعية.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("وارتفعت أسعار القمح في الأسواق", quotes[1].Text);
        Assert.Equal("الجمعية الزراعية الأهلية", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void ABodyNounGovernedByAnOrdinaryNounIsNoAttribution()
    {
        Assert.Empty(Analyze("وتصرف المنح للطلاب وفق شروط المؤسسة الخيرية."));
    }

    [Fact]
    public void QuoteRunningOverTwoSentencesIsOneQuote()
    {
        var quote = Assert.Single(Analyze("وقال إيمانويل ماكرون: «الوضع خطير للغاية. علينا أن نتحرك الآن قبل فوات الأوان»."));

        Assert.Equal("الوضع خطير للغاية. علينا أن نتحرك الآن قبل فوات الأوان", quote.Text);
    }

    [Fact]
    public void ShortQuotedNameBetweenCueAndQuoteIsSteppedOver()
    {
        var quote = Assert.Single(Analyze("وقال مسؤول أمني لـ«الشرق الأوسط»، إن «الحادث وقع بعد منتصف الليل بقليل»."));

        Assert.Equal("الحادث وقع بعد منتصف الليل بقليل", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("مسؤول أمني", quote.Speaker!.Text);
    }

    [Fact]
    public void ScareQuotesWithoutACueAreNotQuotes()
    {
        Assert.Empty(Analyze("انطلقت عملية \"الفجر الجديد\" في المنطقة الشرقية صباح اليوم."));
    }

    [Fact]
    public void ComplementizerFollowedByWordsThenAVerbatimFragmentIsOneIndirectQuote()
    {
        var quote = Assert.Single(Analyze("وأكد أيمن الصفدي أن الأردن \"لن يقبل بأي حال\" المساس بالوصاية على المقدسات."));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الأردن \"لن يقبل بأي حال\" المساس بالوصاية على المقدسات", quote.Text);
    }

    [Fact]
    public void ParticipleWithoutComplementIsNoCue()
    {
        Assert.Empty(Analyze("رفعت الجماهير لافتة كبيرة في الساحة."));
    }

    [Fact]
    public void PresentTenseFeminineCueWithConjunction()
    {
        var quote = Assert.Single(Analyze("وتقول منظمة الصحة العالمية إن الوباء ما زال يشكل خطرا."));

        Assert.Equal("وتقول", quote.Cue!.Text);
        Assert.Equal("الوباء ما زال يشكل خطرا", quote.Text);
        Assert.NotNull(quote.Speaker!.EntityId);
    }

    [Fact]
    public void SpokespersonSpeaksForTheBodyNamedAfterBism()
    {
        var quote = Assert.Single(Analyze("وقال المتحدث باسم وزارة الخارجية الأمريكية إن واشنطن تتابع الوضع عن كثب."));

        Assert.Equal("المتحدث باسم وزارة الخارجية الأمريكية", quote.Speaker!.Text);
        Assert.NotNull(quote.Speaker.EntityId);
    }

    [Fact]
    public void RepeatedSpokespersonIsThePersonTheArticleNamedForThatBody()
    {
        var quotes = Analyze("وقال المتحدث الرسمي باسم الجيش اللبناني العميد خالد الحسيني إن الوضع هادئ. "
                             + "وأضاف المتحدث باسم الجيش اللبناني أن الدوريات مستمرة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("خالد الحسيني", quotes[0].Speaker!.Text);
        Assert.Equal("المتحدث باسم الجيش اللبناني", quotes[1].Speaker!.Text);
        Assert.Equal("per:~خالد-الحسيني", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void AnOfficeGovernedByAnotherNounIsNotTheSpeaker()
    {
        var quote = Assert.Single(Analyze("وقال مستشار الرئيس الأمريكي للأمن القومي إن المحادثات كانت مثمرة.", new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("مستشار الرئيس الأمريكي", quote.Speaker.Text);
    }

    [Fact]
    public void RelayingVerbGivesTheWordsToTheSourceNamedAfterAn()
    {
        var quote = Assert.Single(Analyze("ونقلت وكالة رويترز عن ثلاثة مصادر مطلعة أن الشحنة وصلت إلى الميناء."));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("ثلاثة مصادر مطلعة", quote.Speaker.Text);
        Assert.Equal("الشحنة وصلت إلى الميناء", quote.Text);
    }

    [Fact]
    public void RelayPhraseBetweenCueAndContentGivesTheWordsToItsSource()
    {
        var quote = Assert.Single(Analyze("وذكرت وكالة رويترز نقلاً عن مسؤول حكومي أن المحادثات تعثرت."));

        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("مسؤول حكومي", quote.Speaker.Text);
        Assert.Equal("وذكرت", quote.Cue!.Text);
    }

    [Fact]
    public void BackReferenceTurnsTheFollowingVerbIntoTheCue()
    {
        var quote = Assert.Single(Analyze("«المرحلة المقبلة تتطلب وحدة الصف»، بهذه العبارة افتتح إيمانويل ماكرون أعمال المؤتمر."));

        Assert.Equal("المرحلة المقبلة تتطلب وحدة الصف", quote.Text);
        Assert.Equal("افتتح", quote.Cue!.Text);
        Assert.Equal("per:emmanuel-macron", quote.Speaker!.EntityId);
    }

    [Fact]
    public void CueBetweenTwoQuotedPartsGivesBothTheSameSpeaker()
    {
        var quotes = Analyze("«لا نريد التصعيد»، قال إيمانويل ماكرون، «لكننا لن نقف مكتوفي الأيدي».");

        Assert.Equal(["لا نريد التصعيد", "لكننا لن نقف مكتوفي الأيدي"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("per:emmanuel-macron", q.Speaker!.EntityId));
    }

    [Fact]
    public void StatementIssuedByABodySpeaksForIt()
    {
        var quote = Assert.Single(Analyze("وقال بيان صادر عن وزارة الخارجية الأمريكية إن السفارة ستغلق أبوابها يومين."));

        Assert.NotNull(quote.Speaker!.EntityId);
        Assert.EndsWith("وزارة الخارجية الأمريكية", quote.Speaker.Text);
    }

    [Fact]
    public void IndefiniteSpokespersonIsAnUnnamedSource()
    {
        var quote = Assert.Single(Analyze("وقال متحدث باسم وزارة الخارجية الأمريكية إن واشنطن تتابع الوضع."));

        Assert.Null(quote.Speaker!.EntityId);
    }

    [Fact]
    public void LoneDefiniteRoleNounRefersBackToTheLastPersonWhoSpoke()
    {
        var quotes = Analyze("وقال إيمانويل ماكرون إن فرنسا لن تغلق حدودها. ثم غادر القاعة. وأضاف الرئيس لاحقا أن الحكومة ستعلن خطتها قريبا.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("per:emmanuel-macron", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void ALoneDefiniteNounNoOneWasNamedWithIsANewSpeakerNotTheLastPerson()
    {
        var quotes = Analyze("وقال إيمانويل ماكرون إن فرنسا لن تغلق حدودها. وأشار الباحثون إلى أن الهجرة تراجعت هذا العام. وتقول الحكومة إن الخطة ستعلن قريبا.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal(("الباحثون", null), (quotes[1].Speaker!.Text, quotes[1].Speaker!.EntityId));
        Assert.Equal(("الحكومة", null), (quotes[2].Speaker!.Text, quotes[2].Speaker!.EntityId));
    }

    [Fact]
    public void AFamilyNameWithTheArticleIsThePersonNamedBeforeWithoutItNotTheLastSpeaker()
    {
        var quotes = Analyze("واستقبل رئيس جمعية المستثمرين نادر عواملة، أمس، وفدا من النقابة. وقال وزير العمل سمير الخطيب إن الوزارة تدرس الشكوى. وأضاف العواملة أن العمال يغادرون.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal(("نادر عواملة", "per:~نادر-عوامله"), (quotes[1].Speaker!.Text, quotes[1].Speaker!.EntityId));
    }

    [Fact]
    public void TheImpersonalPassiveOpeningASentenceIsTheWritersBackgroundNotAQuote()
    {
        var quotes = Analyze("وقال وزير المالية سامي العلي إن العجز سينخفض العام المقبل. ويذكر أن الوزارة أصدرت ثلاث موازنات منذ عام 2020. يعتقد أن الخطة ستكلف مليار دولار.");

        var quote = Assert.Single(quotes);
        Assert.Equal("العجز سينخفض العام المقبل", quote.Text);
    }

    [Fact]
    public void TheSameVerbWithItsSubjectWrittenIsAQuote()
    {
        var quote = Assert.Single(Analyze("ويعتقد خبراء الاقتصاد أن الخطة ستكلف مليار دولار."));

        Assert.Equal(("الخطة ستكلف مليار دولار", "خبراء الاقتصاد"), (quote.Text, quote.Speaker!.Text));
    }

    [Fact]
    public void ParticipleTakesTheSubjectOfTheVerbBeforeIt()
    {
        var quote = Assert.Single(Analyze("وصرّح وزير الداخلية البرتغالي للصحفيين قائلاً: «سنعزز الأمن في المطارات»."));

        Assert.Equal("قائلاً", quote.Cue!.Text);
        Assert.StartsWith("وزير الداخلية البرتغالي", quote.Speaker!.Text);
    }

    [Fact]
    public void AttributionFramingAQuoteWithItsOwnCueLeavesTheSpeakerToThatQuote()
    {
        var quote = Assert.Single(Analyze("وبحسب وكالة رويترز، فقد أكد إيمانويل ماكرون أن فرنسا ستشارك في القمة."));

        Assert.Equal("per:emmanuel-macron", quote.Speaker!.EntityId);
        Assert.Equal("فرنسا ستشارك في القمة", quote.Text);
    }

    [Fact]
    public void AttributedSourceEndsBeforeAVerbCarryingTheConjunctionFa()
    {
        var quote = Assert.Single(Analyze("ووفقا للمصادر العسكرية فقد سيطر المقاتلون على مخازن السلاح في الشمال."));

        Assert.Equal("المصادر العسكرية", quote.Speaker!.Text);
        // The ف answering the fronted attribution on قد belongs to neither the source nor the words.
        Assert.Equal("سيطر المقاتلون على مخازن السلاح في الشمال", quote.Text);
    }

    [Fact]
    public void AVerbOfSayingInTheSourcesAppositionIsNoCueOfItsOwn()
    {
        var quote = Assert.Single(Analyze("وحسب مصادر سياسية في عمان، تتابع المفاوضات عن قرب، فإن الاتفاق سيوقع الأسبوع المقبل."));

        Assert.Equal("وحسب", quote.Cue!.Text);
        Assert.Equal("مصادر سياسية", quote.Speaker!.Text);
        Assert.Equal("الاتفاق سيوقع الأسبوع المقبل", quote.Text);
    }

    [Fact]
    public void AnExistentialAdverbBeforeTheSubjectIsNoPartOfTheSpeaker()
    {
        var quote = Assert.Single(Analyze("ولم تكتمل نتائج البحث بعد، إلا أن هناك دراسة سابقة أوضحت أن التلوث يضعف المناعة لدى الأطفال."));

        Assert.Equal("دراسة سابقة", quote.Speaker!.Text);
        Assert.Equal("التلوث يضعف المناعة لدى الأطفال", quote.Text);
    }

    [Fact]
    public void ALongerQuotedNameAfterABodyNounBelongsToTheSpeakerNotToItsWords()
    {
        var quote = Assert.Single(Analyze("أكدت شركة «نور للاستشارات المالية والعقارية» في تقرير حديث أن أسعار الأراضي سترتفع العام المقبل."));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("أسعار الأراضي سترتفع العام المقبل", quote.Text);
        Assert.Equal("شركة «نور للاستشارات المالية والعقارية»", quote.Speaker!.Text);
    }

    [Fact]
    public void AQuotedNameAfterThePrepositionBaynaIsNoQuote() =>
        Assert.Empty(Analyze("واندلعت اشتباكات عنيفة بين \"الحرس\" و\"الدرع\" في أطراف المدينة."));

    [Fact]
    public void AVerbOfSayingAfterMimmaIsAnInferenceNotAQuote() =>
        Assert.Empty(Analyze("ارتفعت أسعار الوقود للمرة الثالثة، مما يشير إلى أن الأزمة مستمرة."));

    [Fact]
    public void AMarkedFragmentOfAnIndirectQuoteIsNotReportedAgainByTheNextCue()
    {
        var quotes = Analyze("وقال أيمن الصفدي في مقابلة مع قناة \"المملكة\" إن الحكومة \"لن تتراجع عن خطتها للإصلاح\"، وأضاف: \"سنمضي في الإصلاح حتى النهاية\".");

        Assert.Equal(["الحكومة \"لن تتراجع عن خطتها للإصلاح\"", "سنمضي في الإصلاح حتى النهاية"], quotes.Select(q => q.Text));
        Assert.Equal(["وقال", "وأضاف"], quotes.Select(q => q.Cue!.Text));
    }

    [Fact]
    public void AGivenNameWrittenLikeAPrepositionIsTheSpeakerBeforeAComma()
    {
        var quotes = Analyze("«سيفتح المسجد أبوابه للزوار بعد الترميم» قال علي، مضيفا: «استغرق العمل عامين كاملين».");

        Assert.Equal(["سيفتح المسجد أبوابه للزوار بعد الترميم", "استغرق العمل عامين كاملين"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("علي", q.Speaker!.Text));
    }

    [Fact]
    public void AnOfficeTitleAloneGoesBackToThePersonNamedBefore()
    {
        var quotes = Analyze("ونقلت صحيفة محلية عن أحمد الزهراني قوله إن الخطة جاهزة. وقال القيادي إن الحزب سيعلن مرشحه قريبا.");

        Assert.Equal(["الخطة جاهزة", "الحزب سيعلن مرشحه قريبا"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("أحمد الزهراني", q.Speaker!.Text));
    }

    [Fact]
    public void ADefiniteSubjectAfterLakinBeforeThePresentCueIsTheSecondPartysSpeaker()
    {
        var quotes = Analyze("قال سكان إن اشتباكات عنيفة اندلعت قرب الميناء. لكن السلطات تقول إن الوضع تحت السيطرة.");

        Assert.Equal(["اشتباكات عنيفة اندلعت قرب الميناء", "الوضع تحت السيطرة"], quotes.Select(q => q.Text));
        Assert.Equal(["سكان", "السلطات"], quotes.Select(q => q.Speaker!.Text));
        Assert.Null(quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void AnIndefinitePluralBeforeAPluralCueIsItsSubject()
    {
        var quotes = Analyze("قال الوزير إن الأسعار ستنخفض في الشتاء. خبراء الاقتصاد يؤكدون أن التضخم سيستمر. "
            + "وكان محللون قد توقعوا أن يرتفع الدين العام.");

        Assert.Equal(["الوزير", "خبراء الاقتصاد", "محللون"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void AContrastWithItsOwnVerbOfSayingEndsTheEarlierReport()
    {
        var quotes = Analyze("قال سكان إن اشتباكات عنيفة اندلعت قرب الميناء، إلا أن الشرطة قالت إن الوضع تحت السيطرة. "
            + "وذكر التجار أن الأسعار ارتفعت في حين قال مسؤولون إن المخزون يكفي.");

        Assert.Equal(["اشتباكات عنيفة اندلعت قرب الميناء", "الوضع تحت السيطرة", "الأسعار ارتفعت", "المخزون يكفي"], quotes.Select(q => q.Text));
        Assert.Equal(["سكان", "الشرطة", "التجار", "مسؤولون"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void AContrastWithoutAVerbOfSayingStaysInTheReport()
    {
        var quote = Assert.Single(Analyze("قال سكان إن الاشتباكات توقفت مساء أمس، إلا أن الوضع ما زال متوترا قرب الميناء."));

        Assert.Equal("الاشتباكات توقفت مساء أمس، إلا أن الوضع ما زال متوترا قرب الميناء", quote.Text);
    }

    [Fact]
    public void ASubjectBeforeAnAuxiliaryVerbSpeaksWithoutTheAuxiliary()
    {
        var quotes = Analyze("قال سكان إن الميناء أغلق أمام السفن. لكن البحرية الهندية باتت تقول إن الملاحة عادت إلى طبيعتها. الشرطة كانت قد أعلنت أن الطريق مغلق.");

        Assert.Equal(["الميناء أغلق أمام السفن", "الملاحة عادت إلى طبيعتها", "الطريق مغلق"], quotes.Select(q => q.Text));
        Assert.Equal(["سكان", "البحرية الهندية", "الشرطة"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void ASubjectAfterIllaAnnaSpeaksButATimeBeforeTheCueDoesNot()
    {
        var quotes = Analyze("وأكد سمير الحلبي أن الطريق سيفتح غدا. إلا أن الشرطة قالت إن العمل سيستغرق أسبوعا. الأسبوع الماضي قال إن الجسر آمن.");

        Assert.Equal(["الطريق سيفتح غدا", "العمل سيستغرق أسبوعا", "الجسر آمن"], quotes.Select(q => q.Text));
        Assert.Equal(["سمير الحلبي", "الشرطة", "الشرطة"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void APersonifiedAbstractNounBeforeTheCueMakesItTheWritersPointNotAQuote()
    {
        var quote = Assert.Single(Analyze("وأكد سمير الحلبي أن الطريق سيفتح غدا. والحقيقة تقول إن العمل لم يبدأ بعد."));

        Assert.Equal("الطريق سيفتح غدا", quote.Text);
        Assert.Equal("سمير الحلبي", quote.Speaker!.Text);
    }

    [Fact]
    public void AnIndefiniteSubjectAfterAContrastSpeaksInsteadOfTheLastSpeaker()
    {
        var quotes = Analyze("وأكد سمير الحلبي أن الهدنة ستصمد. غير أن محللين آخرين يرون أن القتال سيتجدد قريبا. لكن مصدرا في الشرطة قال إن المسلحين انسحبوا من البلدة.");

        Assert.Equal(["الهدنة ستصمد", "القتال سيتجدد قريبا", "المسلحين انسحبوا من البلدة"], quotes.Select(q => q.Text));
        Assert.Equal(["سمير الحلبي", "محللين آخرين", "مصدرا"], quotes.Select(q => q.Speaker!.Text));
        Assert.Null(quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void AnInanimateSubjectAfterAContrastOrAConcessionIsNotTheLastSpeaker()
    {
        var quotes = Analyze("وقال سمير الحلبي إن الأسعار ستنخفض. إلا أن أحدث المعطيات تشير إلى أن التضخم سيرتفع. وعلى الرغم من ذلك فإن الباحثين أكدوا أن الركود لن يطول.");

        Assert.Equal(["الأسعار ستنخفض", "التضخم سيرتفع", "الركود لن يطول"], quotes.Select(q => q.Text));
        Assert.Equal(["سمير الحلبي", "أحدث المعطيات", "الباحثين"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void TheVerbAfterAConjunctionThatTakesAVerbIsNoSubject()
    {
        var quotes = Analyze("وقال سمير الحلبي إن الوفد وصل إلى عمان، وبعد أن انتهى اللقاء قال إن المحادثات كانت صريحة.");

        Assert.Equal(["الوفد وصل إلى عمان", "المحادثات كانت صريحة"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("سمير الحلبي", q.Speaker!.Text));
    }

    [Fact]
    public void AVerbOfSayingAfterAModalFrameReportsNothingUnlessInTheFirstPerson()
    {
        var quotes = Analyze("وقال سمير الحلبي إن العلاج الجديد آمن، وإن تراجع الأعراض يمكن أن يشير إلى أن الجرعة مناسبة. والنتائج من شأنها أن تؤكد أن الدواء فعال. يجب أن نقول إن الفريق الطبي بذل جهدا كبيرا.");

        Assert.Equal(["العلاج الجديد آمن، وإن تراجع الأعراض يمكن أن يشير إلى أن الجرعة مناسبة", "الفريق الطبي بذل جهدا كبيرا"], quotes.Select(q => q.Text));
        Assert.Equal(["وقال", "نقول"], quotes.Select(q => q.Cue!.Text));
    }

    [Fact]
    public void AnAttributionsSourceRunsOnToTheClauseItFrames()
    {
        var quotes = Analyze("وحسب مصادر دبلوماسية في عمان، مطلعة على سير المفاوضات، فإن الاتفاق سيوقع الأسبوع المقبل. وبحسب مسؤولين من وزارة الصحة، سيصل اللقاح إلى المستشفيات قريبا.");

        Assert.Equal(["الاتفاق سيوقع الأسبوع المقبل", "سيصل اللقاح إلى المستشفيات قريبا"], quotes.Select(q => q.Text));
        Assert.Equal(["مصادر دبلوماسية", "مسؤولين"], quotes.Select(q => q.Speaker!.Text));
    }

    [Fact]
    public void AnAttributionSetOffByCommasAfterTheSubjectCoversTheWholeStatement()
    {
        var quotes = Analyze("وأعلنت الحكومة خطة جديدة للنقل. والهدف الأول، بحسب وزارة النقل، تقليص الازدحام في العاصمة. وارتفعت الأسعار في الأسواق الشعبية بشكل ملحوظ خلال الصيف، بحسب التقرير.");

        Assert.Equal(["والهدف الأول، بحسب وزارة النقل، تقليص الازدحام في العاصمة", "وارتفعت الأسعار في الأسواق الشعبية بشكل ملحوظ خلال الصيف"],
            quotes.Select(q => q.Text));
    }
}
