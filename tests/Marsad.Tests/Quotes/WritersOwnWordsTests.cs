using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>The writer's own first person («نلاحظ أن», «أقول») is no one else's words, and "one of us" («أحدنا») says
/// nothing; a first person in a sentence where a speaker already spoke stays that speaker's.</summary>
public sealed class WritersOwnWordsTests
{
    [Fact]
    public void TheWritersFirstPersonIsNotTheLastSpeakers()
    {
        var quotes = Analyze("وقال المهندس ناصر الدوسري إن المشروع تأخر. بالعودة إلى الأرقام المنشورة نلاحظ أن التكلفة تضاعفت.");

        var own = Assert.Single(quotes, q => q.Text == "التكلفة تضاعفت");
        Assert.Null(own.Speaker);
    }

    // Guard: the first person goes on with the speaker of its own sentence; it did so on the base too.
    [Fact]
    public void AFirstPersonAfterTheSpeakersColonStaysHis()
    {
        var quotes = Analyze("وقال الوزير خالد المطيري: نتمنى أن ينتهي العمل قريبا، ونؤكد أن التمويل متوفر.");

        var second = Assert.Single(quotes, q => q.Text == "التمويل متوفر");
        Assert.Equal("خالد المطيري", second.Speaker?.Text);
    }

    [Fact]
    public void OneOfUsSaysNothing()
    {
        var quotes = Analyze("وقال الطبيب فيصل الحربي إن اللقاح آمن. ولن يعتقد أحدنا أن الوباء انتهى.");

        Assert.Equal(["اللقاح آمن"], quotes.Select(q => q.Text));
    }
}
