using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>An imperfect verb of saying right after a bare أن is in the subjunctive: what someone is to, ought to or
/// would say reports nothing. A time conjunction before the أن («قبل أن يضيف») narrates what was said, and the first
/// person («أود أن أقول») is the speaker's own statement.</summary>
public sealed class SubjunctiveVerbOfSayingTests
{
    [Fact]
    public void WhatABodyOughtToSayIsNoQuote()
    {
        var quotes = Analyze("وعلى الحكومة أن تقول للمواطنين بوضوح إن الخدمة ستعود خلال أيام.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void WhatTheWriterHopesAMinistryWillAnnounceIsNoQuote()
    {
        var quotes = Analyze("ويأمل أولياء الأمور من وزارة التعليم وأن تعلن أنها ستؤجل الامتحانات إلى الأسبوع المقبل.");

        Assert.Empty(quotes);
    }

    // Guard: «قبل أن يضيف» narrates a report; it was read so on the base too.
    [Fact]
    public void BeforeAddingStillReports()
    {
        var quotes = Analyze("وغادر الوزير سالم الهاشمي القاعة قبل أن يضيف أن الاجتماع سيستأنف غدا.");

        Assert.Equal(["الاجتماع سيستأنف غدا"], quotes.Select(q => q.Text));
    }

    // Guard: the first person after a wish is the speaker's own statement.
    [Fact]
    public void TheFirstPersonAfterAWishIsTheSpeakersOwnStatement()
    {
        var quotes = Analyze("وقال المدرب فهد السالم: أود أن أقول إن اللاعبين قدموا مباراة كبيرة.");

        Assert.Contains(quotes, q => q.Text.Contains("اللاعبين قدموا مباراة كبيرة"));
    }
}
