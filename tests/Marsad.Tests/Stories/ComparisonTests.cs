using Marsad.Stories.Comparison;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

public sealed class ComparisonTests
{
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

        Assert.Equal(["الاحتلال", "بزعم", "النظام السوري", "الشهداء"], found);
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
}
