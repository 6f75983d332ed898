using Marsad.Time;

namespace Marsad.Tests.Time;

public sealed class TimexTestSetTests
{
    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        foreach (var c in TimexTestSet.Cases) data.Add(c.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void EachWrittenExpressionResolvesToItsExpectedValue(int line)
    {
        var c = TimexTestSet.Cases.Single(x => x.Line == line);
        var found = TimeRecognizer.Default.Recognize(c.Sentence, c.Anchor);
        if (c.Type == "NONE")
        {
            var start = c.Sentence.IndexOf(c.Text, StringComparison.Ordinal);
            var trap = new Marsad.Documents.TextSpan(start, start + c.Text.Length);
            Assert.DoesNotContain(found, t => t.Span.Overlaps(trap));
            return;
        }
        var match = found.FirstOrDefault(t => t.Text == c.Text);
        Assert.True(match is not null,
            $"{c}: expected «{c.Text}», found [{string.Join(" | ", found.Select(t => $"«{t.Text}»={t.Value}"))}]");
        Assert.Equal(c.Type, match.Type.ToString().ToUpperInvariant());
        Assert.Equal(c.Value, match.Value);
        foreach (var flag in c.Flags) Assert.Contains(flag, match.Flags);
    }

    [Fact]
    public void TestSetCoversEveryFamilyWithAtLeastTwoHundredExpressions()
    {
        Assert.True(TimexTestSet.Cases.Count >= 200);
        string[] families = ["month", "month_relative", "date", "numeric", "year", "hijri", "weekday", "relative", "modifier",
            "duration", "number_words", "clock", "range", "set", "vague", "clitic", "event", "negative"];
        foreach (var family in families) Assert.Contains(TimexTestSet.Cases, c => c.Family == family);
    }
}
