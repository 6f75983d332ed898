using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Tests.Time;

/// <summary>Each family of time rules reads tokens on its own, without the grammar that tries them all.</summary>
public sealed class TimeRuleFamilyTests
{
    private static TimeToken[] Tokens(string text) => TimeScanner.Scan(ArabicNormalizer.Normalize(text).Text);

    [Fact]
    public void NumberRulesReadACardinalWithItsTensAsOneAmount()
    {
        var tokens = Tokens("دفع خمسة وعشرين ريالا");
        var numbers = new NumberRules(tokens, TimeLexicon.Default);

        Assert.True(numbers.Amount(1, out var value, out var end, out var prefix));
        Assert.Equal((25m, 3, 0), (value, end, prefix));
        Assert.False(numbers.Amount(0, out _, out _, out _));
    }

    [Fact]
    public void DurationRulesReadALengthWithTheNumbersAndDatesTheyAreGiven()
    {
        var tokens = Tokens("بقي ثلاثة أشهر في المستشفى");
        var numbers = new NumberRules(tokens, TimeLexicon.Default);
        var durations = new DurationRules(tokens, TimeLexicon.Default, numbers, new DateRules(tokens, TimeLexicon.Default, numbers));

        var parse = durations.StandaloneDuration(1);

        Assert.NotNull(parse);
        Assert.Equal((1, 3, "duration"), (parse.Start, parse.End, parse.Rule));
        Assert.Equal(new DurationMeaning(TimeUnit.Month, 3m), parse.Meaning);
        Assert.Null(durations.StandaloneDuration(3));
    }
}
