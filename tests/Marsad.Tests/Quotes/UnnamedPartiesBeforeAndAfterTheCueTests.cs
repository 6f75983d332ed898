using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A counted group after the verb («يرى 45 في المائة من المشاركين أن») and "those who" before it («وهناك من يرى
/// أن») are unnamed parties that speak in their own words, not the person named before them.</summary>
public sealed class UnnamedPartiesBeforeAndAfterTheCueTests
{
    [Fact]
    public void AShareOfAPollAfterTheVerbSpeaks()
    {
        var quote = Assert.Single(Analyze("وفي استطلاع أجري الأسبوع الماضي، يرى 45 في المائة من المشاركين أن الأسعار مرتفعة."));

        Assert.Equal("الأسعار مرتفعة", quote.Text);
        Assert.Equal("45 في المائة من المشاركين", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void ACountedGroupAfterTheVerbSpeaksInsteadOfThePersonNamedBefore()
    {
        var quote = Assert.Single(Analyze("وتحدث الوزير فهد السالم عن الميزانية. وقال 12 نائبا في البرلمان إن الحكومة لم تقدم خطتها بعد."));

        Assert.Equal("12 نائبا في البرلمان", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void ThoseWhoAfterAnExistentialAdverbSpeakInsteadOfThePersonNamedBefore()
    {
        var quotes = Analyze("وقال الخبير سعيد الزهراني إن السوق مستقرة. لكن ثمة من يرجح أن الأسعار ستهبط قريبا. وهناك من يرى أن الطلب سيتراجع.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("سعيد الزهراني", quotes[0].Speaker!.Text);
        Assert.Equal(["ثمة من", "وهناك من"], quotes.Skip(1).Select(q => q.Speaker!.Text));
        Assert.All(quotes.Skip(1), q => Assert.Null(q.Speaker!.EntityId));
    }
}
