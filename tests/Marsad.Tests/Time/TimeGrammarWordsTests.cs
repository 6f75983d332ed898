using Marsad.Text.Normalization;
using Marsad.Time.Recognition;

namespace Marsad.Tests.Time;

/// <summary>The time grammar's function words come from Resources/Time/grammar-words.tsv, each row by the name a rule gives it.</summary>
public sealed class TimeGrammarWordsTests
{
    [Fact]
    public void EveryRowOfTheGrammarWordsFileIsReadByARule()
    {
        _ = Glue.Min; // the class reads every row it names when it is first touched
        Assert.Empty(Glue.UnreadRows);
    }

    [Fact]
    public void AOneWordRowAndASetRowAreReadInMatchingKeyForm()
    {
        Assert.Equal(MatchingKey.Of("إلى"), Glue.Ila);
        Assert.Equal(MatchingKey.Of("الساعة"), Glue.Saa);
        Assert.Contains(MatchingKey.Of("موسم"), Glue.YearWords);
        Assert.Contains(MatchingKey.Of("للهجرة"), Glue.HijriMarks);
        Assert.Equal(12, Glue.YearWords.Count);
    }
}
