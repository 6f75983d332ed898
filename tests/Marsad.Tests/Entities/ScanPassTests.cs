using Marsad.Documents;
using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Entities.Linking;
using Marsad.Pipeline;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Entities;

/// <summary>
/// Each pass of the entity scan run alone over a <see cref="ScanState"/> built from real text: what it adds, given only
/// what the passes before it left.
/// </summary>
public sealed class ScanPassTests
{
    private static readonly DateTimeOffset June2024 = new(2024, 6, 11, 12, 0, 0, TimeSpan.FromHours(3));
    private static readonly Lazy<AnalysisPipeline> s_text = new(() => new PipelineBuilder().UseText().Build());

    private static ScanState State(string text, DateTimeOffset? published = null, IEntityTagger? tagger = null)
    {
        var document = s_text.Value.Run(new Article { Id = "pass", Text = text, Published = published });
        var date = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        var input = new EntityInput(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences), date)
        {
            Words = document.GetOrDefault(TextLayers.Words),
        };
        return new ScanState(EntityGazetteer.Default, input, tagger);
    }

    private static string Surface(ScanState s, MentionDraft d) =>
        s.Input.Text[(s.Tokens[d.First].Span.Start + d.Stripped)..s.Tokens[d.End - 1].Span.End];

    private static List<(string Text, string Id, string Rule)> Drafts(ScanState s) =>
        [.. s.Drafts.Select(d => (Surface(s, d), d.EntityId, d.Rule))];

    [Fact]
    public void TheGazetteerPassReadsACapitalThatActsAsItsStateAndOneAfterInAsThePlace()
    {
        var s = State("واتهمت طهران الولايات المتحدة بالتصعيد، فيما عقد الوفد اجتماعا في تيرانا.");

        new GazetteerPass(s).Run();

        Assert.Equal(
            [("طهران", "gpe:iran", EntityRules.Metonym), ("الولايات المتحدة", "gpe:united-states", EntityRules.GazetteerName), ("تيرانا", "loc:tirana", EntityRules.Place)],
            Drafts(s));
    }

    [Fact]
    public void TheGazetteerPassReservesARolePhraseWithItsStateWithoutResolvingIt()
    {
        var s = State("وقال وزير الخارجية الألباني إن بلاده قطعت علاقاتها مع إيران.", June2024);

        new GazetteerPass(s).Run();

        var role = Assert.Single(s.Roles);
        Assert.Equal(("gpe:albania", 1, 4, (MentionDraft?)null), (role.State?.Id, role.First, role.End, role.Draft));
        Assert.All(Enumerable.Range(1, 3), k => Assert.Equal(ScanState.Reserved, s.Claim[k]));
        Assert.Equal([("إيران", "gpe:iran", EntityRules.GazetteerName)], Drafts(s));
    }

    [Fact]
    public void TheGazetteerPassStripsAPrepositionBeforeAFusedArticleAndKeepsTheArticlesLam()
    {
        var s = State("وجهت الحكومة رسالة للأمم المتحدة أمس.");

        new GazetteerPass(s).Run();

        var un = Assert.Single(s.Drafts);
        Assert.Equal(("org:un", 3, 5, 1), (un.EntityId, un.First, un.End, un.Stripped));
        Assert.Equal("لأمم المتحدة", Surface(s, un));
    }

    [Fact]
    public void TheTitleNamePassTakesTwoUnknownWordsAfterATitleAsAPerson()
    {
        var s = State("والتقى الوزير السفيرة إلغاليت باليغ في مكتبه.");

        new GazetteerPass(s).Run();
        new TitleNamePass(s).Run();

        var person = Assert.Single(s.Drafts, d => d.Rule == EntityRules.TitleName);
        Assert.Equal(("إلغاليت باليغ", EntityType.PER), (Surface(s, person), person.Type));
    }

    [Fact]
    public void TheRoleHolderPassLinksAStatesOfficeToItsHolderOnTheArticlesDate()
    {
        var s = State("وقال رئيس الوزراء الألباني إن بلاده قطعت علاقاتها مع إيران.", June2024);
        new GazetteerPass(s).Run();

        new RoleHolderPass(s).Run();

        var role = Assert.Single(s.Drafts, d => d.Kind == MentionKind.Role);
        Assert.Equal(("رئيس الوزراء الألباني", "per:edi-rama", EntityRules.RoleAtDate), (Surface(s, role), role.EntityId, role.Rule));
    }

    [Fact]
    public void TheShortNamePassLinksAFamilyNameToThePersonAlreadyNamedInFull()
    {
        var s = State("وقال رئيس الوزراء الألباني إيدي راما إن بلاده قطعت علاقاتها مع إيران. وأضاف راما أن القرار نهائي.", June2024);
        new GazetteerPass(s).Run();

        new ShortNamePass(s).Run();

        var shortName = Assert.Single(s.Drafts, d => d.Kind == MentionKind.ShortName);
        Assert.Equal(("راما", "per:edi-rama", EntityRules.ShortInContext), (Surface(s, shortName), shortName.EntityId, shortName.Rule));
    }

    [Fact]
    public void TheNestedStatePassFindsTheStateInsideAMinistrysName()
    {
        var s = State("وأصدرت وزارة الخارجية الألمانية بيانا أمس.");
        new GazetteerPass(s).Run();

        new NestedStatePass(s).Run();

        var nested = Assert.Single(s.Drafts, d => d.Nested);
        Assert.Equal(("الألمانية", "gpe:germany", MentionKind.Nisba), (Surface(s, nested), nested.EntityId, nested.Kind));
    }

    [Fact]
    public void TheMentionAssemblerMapsAMentionAfterAFusedArticleToItsExactOriginalSpan()
    {
        const string text = "وجهت الحكومة رسالة للأمم المتحدة أمس.";
        var s = State(text);
        new GazetteerPass(s).Run();

        var entities = MentionAssembler.Build(s);

        var mention = Assert.Single(entities.Mentions);
        var start = text.IndexOf("للأمم", StringComparison.Ordinal) + 1;
        Assert.Equal((start, start + "لأمم المتحدة".Length, "الأمم المتحدة"), (mention.Span.Start, mention.Span.End, mention.Text));
        Assert.Equal(("org:un", "الأمم المتحدة"), (entities.Entities[0].Id, entities.Entities[0].NameAr));
    }

    [Fact]
    public void TheGazetteerPassReadsTheDualPronounAsNoAirline()
    {
        var s = State("وأكد الوزيران أنهما متفقان، وهما يعملان على تنفيذ الاتفاق. هما يلتقيان غدا.");

        new GazetteerPass(s).Run();

        Assert.DoesNotContain(s.Drafts, d => d.EntityId == "org:iran-air");
    }

    [Fact]
    public void TheShortNamePassLendsNoRegnalNumberOfAKnownPerson()
    {
        var s = State("واستقبل الملك عبد الله الثاني الوفد في عمان. وفي اليوم الثاني زار الوفد مدينة العقبة.", June2024);
        new GazetteerPass(s).Run();

        new ShortNamePass(s).Run();

        Assert.Equal([("الملك عبد الله الثاني", "per:abdullah-ii")],
            s.Drafts.Where(d => d.Type == EntityType.PER).Select(d => (Surface(s, d), d.EntityId)));
    }

    [Fact]
    public void TheTaggerPassCutsAPersonAtAStatesNisbaJoinedByTheConjunction()
    {
        // The tagger reads «بيريتشينكو والسويسري مارتينوتي» as one person (tokens 1..3 of the sentence).
        var s = State("وتأهل بيريتشينكو والسويسري مارتينوتي إلى النهائي.", tagger: new FixedTagger(new TaggedSpan(1, 4, EntityType.PER, 0.9)));
        new GazetteerPass(s).Run();

        new TaggerPass(s).Run();

        Assert.Equal(["بيريتشينكو", "مارتينوتي"], s.Drafts.Where(d => d.Rule == EntityRules.Model).Select(d => Surface(s, d)));
    }

    [Theory]
    [InlineData("وسجل المهدي الزياني الهدف الأول.", 1, 3, "المهدي الزياني")]
    [InlineData("وقال أبو حفص المصري في التسجيل إن الهجوم وقع فجرا.", 1, 4, "أبو حفص المصري")]
    public void TheTaggerPassKeepsAGivenNameWithTheArticleAndANisbaFamilyName(string text, int start, int end, string name)
        => Assert.Equal([name], TaggerPersonAfterGazetteer(text, start, end));

    [Theory]
    [InlineData("وقال كيني هاريسون مدير المصنع إن الإنتاج سيرتفع.", 1, 3, "كيني هاريسون")]
    [InlineData("وأكد روماني سمير المتحدث باسم الكنيسة أن القداس أقيم.", 1, 3, "روماني سمير")]
    public void TheTaggerPassKeepsAGivenNameThatIsAnIndefiniteNisbaOfAState(string text, int start, int end, string name)
        => Assert.Equal([name], TaggerPersonAfterGazetteer(text, start, end));

    [Fact]
    public void TheTaggerPassReadsNoPersonInAnAdjectiveBeforeANounWithAPronoun()
    {
        // The tagger reads «بجميل اهتمامهم» and «وكريم رعايتهم» (tokens 2..3 and 4..5) as people.
        var s = State("أحاطنا الجيران بجميل اهتمامهم وكريم رعايتهم طوال الشهر.",
            tagger: new FixedTagger(new TaggedSpan(2, 4, EntityType.PER, 0.9), new TaggedSpan(4, 6, EntityType.PER, 0.9)));
        new GazetteerPass(s).Run();

        new TaggerPass(s).Run();

        Assert.DoesNotContain(s.Drafts, d => d.Rule == EntityRules.Model);
    }

    [Fact]
    public void TheTaggerPassEndsAPersonBeforeANounWithAPronoun()
        => Assert.Equal(["خالد سالم"], TaggerPersonAfterGazetteer("وشكر خالد سالم جهودهم في الحملة.", 1, 4));

    [Fact]
    public void TheTaggerPassEndsAPersonBeforeANounWithASecondPersonPronoun()
        => Assert.Equal(["خالد سالم"], TaggerPersonAfterGazetteer("وقال خالد سالم حكومتكم تعرف الحقيقة.", 1, 4));

    [Theory]
    [InlineData("نشكر الأهالي على حسن استقبالكم في القرية.", 3, 5)]
    [InlineData("غمرتمونا بجميل ضيافتكم طوال الرحلة.", 1, 3)]
    public void TheTaggerPassReadsNoPersonInAnAdjectiveBeforeANounWithASecondPersonPronoun(string text, int start, int end)
        => Assert.Empty(TaggerPersonAfterGazetteer(text, start, end));

    [Theory]
    [InlineData("وأوضح التقرير أن المديرة استعملت هاتفها الخاص في العمل.")]
    [InlineData("وأوضح التقرير أن المدرب اعترف بأنهم خسروا بسبب الإرهاق.")]
    public void TheTitlePassReadsNoNameInAVerbAndAWordWithAPronounTheTaggerTakesForAPerson(string text)
    {
        // The tagger reads the two words after the title (tokens 4..5: «استعملت هاتفها», «اعترف بأنهم») as a person.
        var s = State(text, tagger: new FixedTagger(new TaggedSpan(4, 6, EntityType.PER, 0.9)));
        new GazetteerPass(s).Run();

        new TitleNamePass(s).Run();

        Assert.DoesNotContain(s.Drafts, d => d.Rule == EntityRules.TitleName);
    }

    [Theory]
    [InlineData("وتجمع الرعاة قرب بئر بن ضاوي شرق الولاية.", 3, 6, "بئر بن ضاوي")]
    [InlineData("وانتشرت الدوريات في وادي سليمان منذ الصباح.", 3, 5, "وادي سليمان")]
    [InlineData("وداهمت القوات قرية أبو شوشة فجر اليوم.", 3, 5, "قرية أبو شوشة")]
    [InlineData("وعاد النازحون إلى مخيم عادل بعد الهدنة.", 4, 5, "مخيم عادل")]
    public void TheTaggerPassReadsAPlaceNamedAfterAPersonWithItsHead(string text, int start, int end, string place)
    {
        var s = State(text, tagger: new FixedTagger(new TaggedSpan(start, end, EntityType.PER, 0.9)));
        new GazetteerPass(s).Run();

        new TaggerPass(s).Run();

        Assert.Equal([(place, EntityType.LOC)], s.Drafts.Where(d => d.Rule == EntityRules.Model).Select(d => (Surface(s, d), d.Type)));
    }

    /// <summary>The tagger pass's names over a person the tagger reads at tokens [start, end), after the gazetteer pass.</summary>
    private static List<string> TaggerPersonAfterGazetteer(string text, int start, int end)
    {
        var s = State(text, tagger: new FixedTagger(new TaggedSpan(start, end, EntityType.PER, 0.9)));
        new GazetteerPass(s).Run();
        new TaggerPass(s).Run();
        return [.. s.Drafts.Where(d => d.Rule == EntityRules.Model).Select(d => Surface(s, d))];
    }

    /// <summary>A tagger that reads the same spans in the first sentence, to run a pass on a reading the test fixes.</summary>
    private sealed class FixedTagger(params TaggedSpan[] spans) : IEntityTagger
    {
        public IReadOnlyList<IReadOnlyList<TaggedSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences) =>
            [.. sentences.Select((_, n) => n == 0 ? spans : (IReadOnlyList<TaggedSpan>)[])];
    }
}
