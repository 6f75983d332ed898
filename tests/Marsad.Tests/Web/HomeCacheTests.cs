using Marsad.Api;
using Marsad.Documents;
using Marsad.Storage;
using Marsad.Tests.Api;
using Marsad.Tests.Support;

namespace Marsad.Tests.Web;

/// <summary>The home page is kept between requests, and an article stored by another process shows on the next load.</summary>
public sealed class HomeCacheTests
{
    private static Article Make(string title, string text) => new() { Id = ArticleIdentity.Of(text), Title = title, Text = text, Outlet = "واس" };

    [Fact]
    public async Task AnArticleStoredByAnotherConnectionAppearsOnTheNextHomePage()
    {
        using var folder = new TempFolder();
        using (var store = MarsadStore.Open(folder.Path))
            store.Articles.AddBatch([Make("الهيئة تعلن نتائج التحقيق", "أعلنت الهيئة الوطنية للأمن السيبراني نتائج التحقيق في الهجوم على وزارة المالية.")]);
        using var app = new MarsadApiFactory(new MarsadApiOptions { DataFolder = folder.Path });
        using var client = app.CreateClient();
        var cancel = TestContext.Current.CancellationToken;

        var first = await client.GetStringAsync("/", cancel);
        var again = await client.GetStringAsync("/", cancel);
        using (var ingest = MarsadStore.Open(folder.Path))
            ingest.Articles.AddBatch([Make("الاتصالات تستعيد خدماتها في جدة", "قالت شركة الاتصالات إنها استعادت خدماتها في جدة بعد الهجوم الإلكتروني.")]);
        var afterIngest = await client.GetStringAsync("/", cancel);

        Assert.Equal(first, again);
        Assert.Contains("<bdi>الهيئة تعلن نتائج التحقيق</bdi>", first);
        Assert.DoesNotContain("الاتصالات تستعيد خدماتها في جدة", first);
        Assert.Contains("<bdi>الاتصالات تستعيد خدماتها في جدة</bdi>", afterIngest);
        Assert.Contains("<bdi>الهيئة تعلن نتائج التحقيق</bdi>", afterIngest);
    }
}
