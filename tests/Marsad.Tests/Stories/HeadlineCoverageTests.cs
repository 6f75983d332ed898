using Marsad.Documents;
using Marsad.Stories;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

/// <summary>
/// Headline coverage (<see cref="WeightedVector.HeadlineCoverage"/>): how much of each headline the other article says.
/// Every term has the same document frequency here, so each headline word weighs the same and the coverage is a count.
/// </summary>
public sealed class HeadlineCoverageTests
{
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);

    private static WeightedVector Vector(string title, string text)
    {
        var article = new Article { Id = title, Title = title, Text = text };
        var terms = new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)), null, [], [], null).Terms;
        lock (Ids)
        {
            foreach (var term in terms.Keys.Order(StringComparer.Ordinal)) Ids.TryAdd(term, Ids.Count);
            var names = Ids.ToDictionary(p => p.Value, p => p.Key);
            var weighted = terms.Select(p => (Id: Ids[p.Key], Weight: p.Value)).OrderBy(t => t.Id).ToArray();
            return new WeightedVector(weighted, _ => 1, id => TermKinds.Of(names[id]), 10,
                id => TermKinds.Of(names[id]) == TermKind.Title && Ids.TryGetValue(names[id][1..], out var word) ? word : -1);
        }
    }

    [Fact]
    public void TwoReportsOfOneHappeningWrittenApartEachSayTheOthersHeadline()
    {
        var toll = Vector("انفجار في مسجد لقوات الطوارئ في أبها", "قتل 15 شخصا في انفجار استهدف مسجدا لقوات الطوارئ في مدينة أبها ظهر اليوم وأعلن تنظيم داعش مسؤوليته.");
        var claim = Vector("داعش يتبنى الانفجار في مسجد الطوارئ", "أعلن تنظيم داعش مسؤوليته عن الانفجار الذي استهدف مسجد قوات الطوارئ في أبها.");

        // The claim's text says all 5 words of the toll's headline; the toll's text 4 of the claim's 5 (not «يتبنى»).
        Assert.Equal((1.0 + 4.0 / 5) / 2, toll.HeadlineCoverage(claim), 12);
        Assert.Equal(toll.HeadlineCoverage(claim), claim.HeadlineCoverage(toll), 12);
    }

    [Fact]
    public void OneActorsNextHappeningHeadlinesWhatTheFirstReportNeverSaid()
    {
        var search = Vector("شرطة الطائف تبحث عن شابين تحرشا بفتاة", "تبحث شرطة الطائف عن شابين ظهرا في مقطع مصور وهما يتحرشان بفتاة في أحد الأسواق.");
        var arrest = Vector("القبض على الشابين المتحرشين بفتاة الطائف", "ألقت شرطة الطائف القبض على الشابين المتحرشين بالفتاة وأحالتهما إلى هيئة التحقيق والادعاء العام.");

        // The arrest's text says 4 of the search headline's 6 words (not «تبحث», «تحرش»); the search's text 3 of the
        // arrest headline's 5 (not «القبض», «المتحرشين»): what happened next is what the first report could not say.
        Assert.Equal((4.0 / 6 + 3.0 / 5) / 2, search.HeadlineCoverage(arrest), 12);
    }

    [Fact]
    public void AnArticleWithoutAHeadlineCoversNothing()
    {
        var titled = Vector("انفجار في مسجد لقوات الطوارئ بأبها", "قتل 15 شخصا في انفجار استهدف مسجدا لقوات الطوارئ في مدينة أبها.");
        var untitled = Vector("", "قتل 15 شخصا في انفجار استهدف مسجدا لقوات الطوارئ في مدينة أبها.");

        Assert.Equal(0.0, titled.HeadlineCoverage(untitled));
    }
}
