using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Stories.Comparison;
using Marsad.Stories.Views;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

public sealed class ComparisonTests
{
    private static Quantity OneQuantity(string sentence)
    {
        var tokens = Read(sentence).Tokens;
        return Assert.Single(QuantityReader.Read(sentence, tokens, 0, tokens.Count, []));
    }

    private static (IReadOnlyList<Token> Tokens, IReadOnlyList<WordAnalysis?> Words) Read(string text)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text));
        return (tokens, [.. tokens.Select(CliticSegmenter.Analyze)]);
    }

    [Fact]
    public void LoadedTermsAndHedgesAreFoundWithTheirProclitics()
    {
        var (tokens, words) = Read("وقصفت قوات الاحتلال المنطقة، بزعم وجود مسلحين، فيما ندد النظام السوري بما وصفته المعارضة بالمجزرة والشهداء");

        var found = FramingLexicon.Default.Find(tokens, words).Select(m => m.Term.Term).ToList();

        Assert.Equal(["الاحتلال", "بزعم", "النظام السوري", "ما وصفته", "الشهداء"], found);
    }

    [Fact]
    public void AWhatItDescribedAsHedgeIsFoundWithTheRelativeJoinedToItsPreposition()
    {
        var (tokens, words) = Read("وانتقد النائب مما وصفه بالتقصير في الصيانة، واعترض عما وصفته النقابة بالإصلاح، ورحب بما يسمى خطة التعافي");

        var found = FramingLexicon.Default.Find(tokens, words).Select(m => (m.Term.Term, m.Term.Kind, tokens[m.Token].Normalized)).ToList();

        Assert.Equal([("ما وصفه", "hedge", "مما"), ("ما وصفته", "hedge", "عما"), ("ما يسمى", "hedge", "بما")], found);
    }

    [Fact]
    public void AllegingVerbsInAnyPersonAttributionFramesWithAnyVerbAndAnonymousSourcesAreHedges()
    {
        var (tokens, words) = Read("وبث التنظيم ما زعمت قيادته أنه تسجيل للاقتحام، بحسب ما أفاده ضابط طلب عدم الكشف عن هويته، فيما ادعت البلدية أن الصور قديمة");

        var found = FramingLexicon.Default.Find(tokens, words).Select(m => (m.Term.Term, m.Term.Kind)).ToList();

        Assert.Equal([("زعمت", "hedge"), ("بحسب ما", "hedge"), ("عدم الكشف عن هويته", "hedge"), ("ادعت", "hedge")], found);
    }

    [Fact]
    public void VerbFormsThatAlsoNameOrCallForAndAnAccordanceWithoutAVerbOfSayingAreNotHedges()
    {
        var (tokens, words) = Read("وأوقفت الشرطة شابا يدعى سامر، بينما يدعون إلى الإفراج عنه وتطالب هيئة الادعاء بسجنه، وتوزع البلدية المياه وفق ما تحتاجه الأحياء");

        Assert.Empty(FramingLexicon.Default.Find(tokens, words));
    }

    [Fact]
    public void TheNeutralNameIsCountedBesideTheLoadedOne()
    {
        var (tokens, words) = Read("قالت الحكومة السورية إن القتلى مدنيون");

        var found = FramingLexicon.Default.Find(tokens, words).Select(m => (m.Term.Term, m.Term.Kind)).ToList();

        Assert.Equal([("الحكومة السورية", "neutral"), ("القتلى", "neutral")], found);
    }

    [Fact]
    public void AFigureScaledByAThousandWordAndANumberWordCountTheSameThing()
    {
        const string first = "واستقبلت البلاد نحو 3 آلاف عضو من المنظمة";
        const string second = "واستقبلت البلاد ألفين عضو من المنظمة";
        var a = Read(first);
        var b = Read(second);

        var qa = Assert.Single(QuantityReader.Read(first, a.Tokens, 0, a.Tokens.Count, []));
        var qb = Assert.Single(QuantityReader.Read(second, b.Tokens, 0, b.Tokens.Count, []));

        Assert.Equal((3000m, "نحو 3 آلاف عضو"), (qa.Value, qa.Text));
        Assert.Equal((2000m, "ألفين عضو"), (qb.Value, qb.Text));
        Assert.Equal(qa.Counted, qb.Counted);
    }

    [Fact]
    public void ADecimalCommaAndAScaleWordReadAsTheSameMillionsAsADecimalPoint()
    {
        var qa = OneQuantity("واستدعت الشركة 2.6 مليون سيارة من الأسواق");
        var qb = OneQuantity("واستدعت الشركة 2,6 مليون سيارة من الأسواق");
        var qc = OneQuantity("واستدعت الشركة 26 سيارة من الأسواق");

        Assert.Equal((2600000m, "2.6 مليون سيارة"), (qa.Value, qa.Text));
        Assert.Equal((2600000m, "2,6 مليون سيارة"), (qb.Value, qb.Text));
        Assert.Equal((qa.Counted, qa.Counted), (qb.Counted, qc.Counted));
        Assert.False(qa.Contradicts(qb));
        Assert.True(qb.Contradicts(qc));
        Assert.Equal(1500m, QuantityReader.Figure("1,500"));
    }

    // One outlet writes the figure in brackets before the scale word, as official statements do, or in Arabic-Indic
    // digits: it is the same sum, not the bare «ألف دولار»; a different bracketed figure still conflicts.
    [Fact]
    public void AFigureInBracketsBeforeAScaleWordIsScaledLikeTheBareFigure()
    {
        const string bare = "وقدمت الجمعية منحا للطلاب بقيمة 420 ألف ريال هذا العام.";
        const string bracketed = "وقدمت الجمعية منحا للطلاب بقيمة (420) ألف ريال هذا العام.";
        const string indic = "وقدمت الجمعية منحا للطلاب بقيمة (٤٢٠) ألف ريال هذا العام.";
        const string other = "وقدمت الجمعية منحا للطلاب بقيمة (240) ألف ريال هذا العام.";

        var same = ComparisonBuilder.Build([Sentence("a1", "okaz", bare), Sentence("a2", "alyaum", bracketed)], _ => []);
        var sameIndic = ComparisonBuilder.Build([Sentence("a1", "okaz", bare), Sentence("a2", "alyaum", indic)], _ => []);
        var different = ComparisonBuilder.Build([Sentence("a1", "okaz", bare), Sentence("a2", "alyaum", other)], _ => []);

        Assert.Equal((420000m, "(420) ألف ريال"), (OneQuantity(bracketed).Value, OneQuantity(bracketed).Text));
        Assert.Equal((420000m, "(٤٢٠) ألف ريال"), (OneQuantity(indic).Value, OneQuantity(indic).Text));
        Assert.Equal([["okaz", "alyaum"]], same.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Empty(same.Conflicts);
        Assert.Empty(sameIndic.Conflicts);
        var conflict = Assert.Single(different.Conflicts);
        Assert.Equal(("number", "420 ألف ريال", "(240) ألف ريال"), (conflict.Fact, conflict.Values["okaz"], conflict.Values["alyaum"]));
    }

    [Fact]
    public void VagueCountsOfOneThingConflictWhenTheirRangesDoNotMeet()
    {
        const string first = "وشارك عشرات المحتجين في المسيرة";
        const string second = "وشارك مئات من المحتجين في المسيرة";
        const string third = "وشارك 40 المحتجين في المسيرة";
        var (a, b, c) = (Read(first), Read(second), Read(third));

        var qa = Assert.Single(QuantityReader.Read(first, a.Tokens, 0, a.Tokens.Count, []));
        var qb = Assert.Single(QuantityReader.Read(second, b.Tokens, 0, b.Tokens.Count, []));
        var qc = Assert.Single(QuantityReader.Read(third, c.Tokens, 0, c.Tokens.Count, []));

        Assert.Equal((10m, 99m, "عشرات المحتجين"), (qa.Value, qa.Max, qa.Text));
        Assert.Equal((100m, 999m, "مئات من المحتجين"), (qb.Value, qb.Max, qb.Text));
        Assert.Equal(qa.Counted, qb.Counted);
        Assert.True(qa.Contradicts(qb));
        Assert.False(qa.Contradicts(qc));
        Assert.True(qb.Contradicts(qc));
    }

    // A clause giving two counts of one thing (the toll before and after it rose) agrees with an outlet giving either;
    // only an outlet none of whose counts meets any of the other's conflicts, and its counts are all shown.
    [Fact]
    public void AnOutletGivingTwoCountsOfOneThingConflictsOnlyWhenNeitherAgrees()
    {
        const string rose = "وارتفعت حصيلة ضحايا انهيار الجسر في المدينة من 12 قتيلا إلى 29 قتيلا مساء الأحد.";
        const string later = "وارتفعت حصيلة ضحايا انهيار الجسر في المدينة إلى 29 قتيلا مساء الأحد.";
        const string other = "وارتفعت حصيلة ضحايا انهيار الجسر في المدينة إلى 35 قتيلا مساء الأحد.";

        var agreeing = ComparisonBuilder.Build([Sentence("a1", "okaz", rose), Sentence("a2", "alyaum", later)], _ => []);
        var differing = ComparisonBuilder.Build([Sentence("a1", "okaz", rose), Sentence("a2", "alyaum", other)], _ => []);

        Assert.Equal([["okaz", "alyaum"]], agreeing.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Empty(agreeing.Conflicts);
        var conflict = Assert.Single(differing.Conflicts);
        Assert.Equal(("number", "12 قتيلا، 29 قتيلا", "35 قتيلا"), (conflict.Fact, conflict.Values["okaz"], conflict.Values["alyaum"]));
    }

    [Fact]
    public void OutletsNamingDifferentAttackersInOneClaimConflictOnTheActor()
    {
        const string first = "وهاجم مسلحون من جماعة النور مركزا للشرطة في البلدة الحدودية فجر الأحد";
        const string second = "وهاجم عناصر من حركة الفجر مركزا للشرطة في البلدة الحدودية فجر الأحد";
        StoryText Text(string id, string outlet, string text, string actorId, string actorText)
        {
            var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = id, Text = text });
            var trigger = text.IndexOf("هاجم", StringComparison.Ordinal);
            return new StoryText(new StoryArticle(id, null, outlet, outlet, null, null, false, null, null, "ev-1", "st-1"), text,
                document.Get(TextLayers.Tokens), document.Get(TextLayers.Words), document.Get(TextLayers.Sentences), [])
            {
                Events = [new EventActors("ASSAULT", new TextSpan(trigger, trigger + 4), actorId, actorText, null, null)],
            };
        }

        var comparison = ComparisonBuilder.Build(
            [Text("a1", "okaz", first, "org:al-nour", "جماعة النور"), Text("a2", "alyaum", second, "org:al-fajr", "حركة الفجر")], _ => []);

        var conflict = Assert.Single(comparison.Conflicts);
        Assert.Equal("actor", conflict.Fact);
        Assert.Equal("جماعة النور", conflict.Values["okaz"]);
        Assert.Equal("حركة الفجر", conflict.Values["alyaum"]);
    }

    [Fact]
    public void OutletsNamingTheSameAttackerDoNotConflict()
    {
        const string first = "وهاجم مسلحون من جماعة النور مركزا للشرطة في البلدة الحدودية فجر الأحد";
        const string second = "وهاجمت جماعة النور مركزا للشرطة في البلدة الحدودية فجر الأحد";
        StoryText Text(string id, string outlet, string text)
        {
            var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = id, Text = text });
            var trigger = text.IndexOf("هاجم", StringComparison.Ordinal);
            return new StoryText(new StoryArticle(id, null, outlet, outlet, null, null, false, null, null, "ev-1", "st-1"), text,
                document.Get(TextLayers.Tokens), document.Get(TextLayers.Words), document.Get(TextLayers.Sentences), [])
            {
                Events = [new EventActors("ASSAULT", new TextSpan(trigger, trigger + 4), "org:al-nour", "جماعة النور", null, null)],
            };
        }

        var comparison = ComparisonBuilder.Build([Text("a1", "okaz", first), Text("a2", "alyaum", second)], _ => []);

        Assert.Empty(comparison.Conflicts);
    }

    [Fact]
    public void ClausesThatOnlyNameTheSamePeopleAreNotOneClaim()
    {
        const string first = "وجرى اتصال هاتفي مع رئيس الوزراء الألباني إيدي راما";
        const string second = "وزار رئيس الوزراء الألباني إيدي راما تل أبيب";
        StoryText Text(string id, string outlet, string text, bool withMentions)
        {
            var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = id, Text = text });
            var name = text.IndexOf("رئيس", StringComparison.Ordinal);
            var place = text.IndexOf("تل أبيب", StringComparison.Ordinal);
            return new StoryText(new StoryArticle(id, null, outlet, outlet, null, null, false, null, null, "ev-1", "st-1"), text,
                document.Get(TextLayers.Tokens), document.Get(TextLayers.Words), document.Get(TextLayers.Sentences), [])
            {
                Mentions = withMentions ? [new TextSpan(name, name + "رئيس الوزراء الألباني إيدي راما".Length), .. place < 0 ? Array.Empty<TextSpan>() : [new TextSpan(place, place + 7)]] : [],
            };
        }

        var named = ComparisonBuilder.Build([Text("a1", "okaz", first, true), Text("a2", "alyaum", second, true)], _ => []);
        var unnamed = ComparisonBuilder.Build([Text("a1", "okaz", first, false), Text("a2", "alyaum", second, false)], _ => []);

        Assert.Equal([["okaz"], ["alyaum"]], named.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal([["okaz", "alyaum"]], unnamed.Claims.Select(c => c.Outlets.ToArray()).ToArray());
    }

    private static StoryText Sentence(string id, string outlet, string text, (string Place, string EntityId)? place = null, (string Date, string Value)? day = null)
    {
        var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = id, Text = text });
        var times = new List<StoredTime>();
        if (day is { } d)
        {
            var at = text.IndexOf(d.Date, StringComparison.Ordinal);
            times.Add(new StoredTime(new TextSpan(at, at + d.Date.Length), d.Date, d.Value, "day", [], null));
        }
        var placeAt = place is { } p ? text.IndexOf(p.Place, StringComparison.Ordinal) : -1;
        return new StoryText(new StoryArticle(id, null, outlet, outlet, null, null, false, null, null, "ev-1", "st-1"), text,
            document.Get(TextLayers.Tokens), document.Get(TextLayers.Words), document.Get(TextLayers.Sentences), times)
        {
            Places = place is { } named ? [(new TextSpan(placeAt, placeAt + named.Place.Length), named.EntityId)] : [],
        };
    }

    // The second outlet's second sentence resembles the opening most (it repeats it) but its own sentence of the opening is
    // closer still: it falls back to the claim it resembles next, the hiring, instead of standing alone.
    [Fact]
    public void AClauseThatLosesItsBestClaimToAStrongerClauseOfItsArticleJoinsItsNextClaim()
    {
        const string first = "افتتح مستشفى الولادة الحديث بالمجمع السكني. وبدأ توظيف ممرضات متخصصات برواتب مجزية.";
        const string second = "افتتح مستشفى الولادة الحديث بالمجمع السكني. افتتح مستشفى الولادة الحديث وبدأ توظيف ممرضات.";

        var comparison = ComparisonBuilder.Build([Sentence("a1", "okaz", first), Sentence("a2", "alyaum", second)], _ => []);

        Assert.Equal([["okaz", "alyaum"], ["okaz", "alyaum"]], comparison.Claims.Select(c => c.Outlets.ToArray()).ToArray());
    }

    // One outlet cuts the sentence at a comma, the other writes it as one clause: whichever reports first, the sentence is
    // one claim both carry, not a claim plus a half only the comma-cutting outlet carries.
    [Fact]
    public void ASentenceOneOutletCutsAtACommaIsOneClaimWithTheOtherOutletsWholeSentence()
    {
        const string whole = "منعت الشرطة دخول خمسة مشجعين إلى الملعب والأمر يتعلق بمشجعي الفريق الضيف القادمين بالحافلات.";
        const string cut = "منعت الشرطة دخول خمسة مشجعين إلى الملعب، والأمر يتعلق بمشجعي الفريق الضيف القادمين بالحافلات.";

        var cutLater = ComparisonBuilder.Build([Sentence("a1", "okaz", whole), Sentence("a2", "alyaum", cut)], _ => []);
        var cutFirst = ComparisonBuilder.Build([Sentence("a1", "alyaum", cut), Sentence("a2", "okaz", whole)], _ => []);

        Assert.Equal([["okaz", "alyaum"]], cutLater.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal(cut, Assert.Single(cutLater.Claims).Sentences[1].Text);
        Assert.Equal([["alyaum", "okaz"]], cutFirst.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal(cut, Assert.Single(cutFirst.Claims).Text);
    }

    // Each site prints its own byline, link back with the title repeated, tag list and photo credit around the one report:
    // none of them is a claim only that outlet carries.
    [Fact]
    public void AnOutletsBylineLinkBackTagsAndPhotoCreditStateNoClaim()
    {
        const string first = "هدى السالم – الرياض\nافتتحت البلدية حديقة عامة جديدة في حي النخيل بمساحة كبيرة. سمات حديقة النخيل البلدية الرياض";
        const string second = "افتتحت البلدية حديقة عامة جديدة في حي النخيل بمساحة كبيرة.\nتصوير: فهد المالكي\nرابط الخبر بصحيفة المدينة: البلدية تفتتح حديقة في حي النخيل";

        var comparison = ComparisonBuilder.Build([Sentence("a1", "okaz", first), Sentence("a2", "alyaum", second)], _ => []);

        Assert.Equal([["okaz", "alyaum"]], comparison.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal("افتتحت البلدية حديقة عامة جديدة في حي النخيل بمساحة كبيرة.", Assert.Single(comparison.Claims).Text);
    }

    // A short opening line without a dash is a headline-like claim, and a word listed as a tag opening starts a claim when
    // it is not on the article's last line: only the furniture is cut.
    [Fact]
    public void FurnitureIsTheDashedOpeningLineAndTheLastLinesListedOpeningOnly()
    {
        const string text = "البلدية تفتتح حديقة النخيل\nسمات الحديقة الجديدة تجذب العائلات في المساء. وافتتحت البلدية الحديقة أمس. الكلمات الدلالية: حديقة، بلدية";
        var tokens = Read(text).Tokens;

        var spans = ArticleFurniture.Spans(text, tokens);

        Assert.Equal(["الكلمات الدلالية: حديقة، بلدية"], spans.Select(s => s.Slice(text)).ToArray());
    }

    // The earlier outlet cuts a long sentence into three clauses; the later writes it without commas. The two halves that
    // follow the opening join it in turn, the last naming only places and a win (one predicate word of its own).
    [Fact]
    public void ARunOfCommaCutClausesJoinsTheClaimTheOtherOutletWroteAsOneClause()
    {
        const string cut = "تصدر المنتخب الوطني ترتيب البطولة برصيد أربع نقاط، بعد فوزه على الكويت وعمان، محققا أفضل هجوم بمئة وسبعين نقطة.";
        const string whole = "تصدر المنتخب الوطني ترتيب البطولة برصيد أربع نقاط بعد فوزه على الكويت وعمان محققا أفضل هجوم بمئة وسبعين نقطة.";

        var comparison = ComparisonBuilder.Build([Sentence("a1", "alriyadh", cut), Sentence("a2", "alwatan", whole)], _ => []);

        Assert.Equal([["alriyadh", "alwatan"]], comparison.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal(cut, Assert.Single(comparison.Claims).Text);
    }

    [Fact]
    public void SentencesAboutConferencesInDifferentCitiesAreNotOneClaim()
    {
        const string riyadh = "وشارك وزير الطاقة في مؤتمر الطاقة الدولي المنعقد في الرياض";
        const string cairo = "وشارك وزير الطاقة في مؤتمر الطاقة الدولي المنعقد في القاهرة";

        var apart = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", riyadh, ("الرياض", "loc:riyadh")), Sentence("a2", "alyaum", cairo, ("القاهرة", "loc:cairo"))], _ => []);
        var together = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", riyadh, ("الرياض", "loc:riyadh")), Sentence("a2", "alyaum", riyadh, ("الرياض", "loc:riyadh"))], _ => []);
        var oneUnplaced = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", riyadh, ("الرياض", "loc:riyadh")), Sentence("a2", "alyaum", "وشارك وزير الطاقة في مؤتمر الطاقة الدولي")], _ => []);

        Assert.Equal([["okaz"], ["alyaum"]], apart.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal([["okaz", "alyaum"]], together.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal([["okaz", "alyaum"]], oneUnplaced.Claims.Select(c => c.Outlets.ToArray()).ToArray());
    }

    [Fact]
    public void SentencesDatedToDifferentDaysAreNotOneClaim()
    {
        const string sunday = "وعقد مجلس الوزراء جلسته الأسبوعية يوم 9 أغسطس برئاسة ولي العهد";
        const string monday = "وعقد مجلس الوزراء جلسته الأسبوعية يوم 10 أغسطس برئاسة ولي العهد";

        var apart = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", sunday, day: ("9 أغسطس", "2015-08-09")), Sentence("a2", "alyaum", monday, day: ("10 أغسطس", "2015-08-10"))], _ => []);
        var together = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", sunday, day: ("9 أغسطس", "2015-08-09")), Sentence("a2", "alyaum", sunday, day: ("9 أغسطس", "2015-08-09"))], _ => []);

        Assert.Equal([["okaz"], ["alyaum"]], apart.Claims.Select(c => c.Outlets.ToArray()).ToArray());
        Assert.Equal([["okaz", "alyaum"]], together.Claims.Select(c => c.Outlets.ToArray()).ToArray());
    }

    [Fact]
    public void DescribingFramesAreCountedOnlyWithTheCharacterisationAfterThem()
    {
        var (tokens, words) = Read("ووصفت النقابة القرار بأنه تراجع خطير، فيما رحب به آخرون واصفين إياه \"بالشجاع\"، ونشرت الشركة وصف الوظيفة على موقعها");

        var found = FramingLexicon.Default.Find(tokens, words).Select(m => (m.Term.Term, m.Term.Kind)).ToList();

        Assert.Equal([("وصفت", "describing"), ("واصفين", "describing")], found);
    }

    [Fact]
    public void EachOutletsUnnamedSourcesAreListedAsWrittenBesideItsNamedSpeakers()
    {
        var comparison = ComparisonBuilder.Build(
            [Sentence("a1", "okaz", "وقالت مصادر مطلعة إن المفاوضات توقفت"), Sentence("a2", "okaz", "وقال مسؤول إن المفاوضات توقفت أمس"),
             Sentence("a3", "alyaum", "وقال مسؤول إن المفاوضات ستستأنف")],
            id => id == "a3" ? ["per:someone"] : [],
            id => id switch { "a1" => ["مصادر مطلعة", "مسؤول"], "a2" => ["مسؤول"], _ => ["مسؤول"] });

        Assert.Equal(["مصادر مطلعة", "مسؤول"], comparison.Unnamed["okaz"]);
        Assert.Equal(["مسؤول"], comparison.Unnamed["alyaum"]);
        Assert.Equal(["per:someone"], comparison.Quoted["alyaum"]);
    }
}
