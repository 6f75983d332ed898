using Marsad.Documents;
using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Entities.Linking;
using Marsad.Pipeline;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Entities;

/// <summary>
/// One lookup of a word key gives what the separate tables give: its own names, role and context kinds, and the longest
/// name, role and context phrase it starts. Each reading of a token carries those facts of its own key.
/// </summary>
public sealed class WordFactsTests
{
    private static EntityGazetteer G => EntityGazetteer.Default;

    private const string Text =
        "وقال وزير الخارجية الألباني إيغلي حساني للصحفيين في تيرانا إن رئيس الوزراء إيدي راما سيزور لبنان والمملكة العربية السعودية، "
        + "وأضاف أن السفارة التركية لدى بغداد أغلقت أبوابها وللبنان حق الرد على الهيئة الوطنية للأمن السيبراني.";

    [Fact]
    public void AWordsFactsAreWhatEachTableSaysOfIt()
    {
        var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = "facts", Text = Text });
        var keys = document.Get(TextLayers.Tokens).Select(t => t.Key)
            .Concat(["قطر", "الرئيس", "السفيرة", "كتاب", "ترامب"]).Distinct().ToList();

        foreach (var key in keys)
        {
            var facts = G.Word(key);
            Assert.Equal(G.Lookup(key), facts.Names);
            Assert.Equal(G.Role(key), facts.Role);
            Assert.Equal(G.Context(key), facts.Context);
            Assert.Equal(
                (G.NameWordsFrom(key), G.RoleWordsFrom(key), G.ContextWordsFrom(key)),
                (facts.NameWords, facts.RoleWords, facts.ContextWords));
        }
    }

    [Fact]
    public void AWordTheGazetteerDoesNotKnowHasNoFacts() => Assert.Same(WordFacts.None, G.Word("زززز"));

    [Fact]
    public void AStateNamesItselfAndStartsItsLongerNames()
    {
        var lebanon = G.Word("لبنان");
        var saudi = G.Word("المملكه");

        Assert.Contains(lebanon.Names, e => e.Entity.Id == "gpe:lebanon" && e.Kind == NameKind.Name);
        Assert.True(saudi.NameWords >= 3, $"المملكة starts names of {saudi.NameWords} words");
    }

    [Fact]
    public void EachReadingOfATokenCarriesTheFactsOfItsOwnKey()
    {
        var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = "facts", Text = "وللبنان حق الرد." });
        var input = new EntityInput(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences), null);
        var variants = new ScanState(G, input, null).Variants(0);

        Assert.Equal([("وللبنان", 0), ("للبنان", 1), ("البنان", 2), ("لبنان", 2)], variants.Select(v => (v.Key, v.Stripped)));
        Assert.All(variants, v => Assert.Same(G.Word(v.Key), v.Word));
        Assert.Contains(variants[3].Word.Names, e => e.Entity.Id == "gpe:lebanon");
    }
}
