using System.Text;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Tests.Ingest.Web;

/// <summary>
/// News pages and feeds written for the fetch tests (our own words, no real outlet): a page whose article sits among a
/// menu, an advertisement, related links, reader comments and a footer, a page that says nothing about itself (its feed
/// item must supply title and date), and RSS 2.0 and Atom 1.0 feeds of three items.
/// </summary>
internal static class WebPages
{
    public const string LibraryTitle = "افتتاح مكتبة عامة جديدة في مدينة الزرقاء";

    public static readonly string[] LibraryParagraphs =
    [
        "افتتحت بلدية الزرقاء صباح الجمعة مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية، إلى جانب قاعة للمطالعة تتسع لمئة وخمسين قارئاً، وركن مخصص لكتب الأطفال والناشئة.",
        "وقال رئيس البلدية في كلمة خلال حفل الافتتاح إن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً حتى التاسعة مساءً، وإن الاشتراك فيها مجاني لطلاب المدارس والجامعات، مشيراً إلى أن المبنى كان مستودعاً مهجوراً قبل ترميمه.",
        "وأضاف أن البلدية تعتزم افتتاح فرعين آخرين للمكتبة في الأحياء الشرقية قبل نهاية العام المقبل، بتمويل من صندوق تنمية المحافظات، وأن أمسيات شعرية وورش كتابة ستقام فيها مرتين كل شهر.",
    ];

    public static string LibraryPage => $$"""
        <!doctype html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <title>{{LibraryTitle}} | صحيفة الأفق التجريبية</title>
        <meta property="og:title" content="{{LibraryTitle}}">
        <meta property="og:site_name" content="صحيفة الأفق التجريبية">
        <meta property="article:published_time" content="2025-03-14T09:30:00+03:00">
        <link rel="canonical" href="/news/zarqa-library">
        <script>window.ads = ["banner"];</script>
        </head>
        <body>
        <header class="site-header"><a class="logo" href="/">صحيفة الأفق</a>
        <nav class="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
        <div class="ad-banner advertisement"><p>إعلان: خصم خمسين بالمئة على الهواتف الذكية هذا الأسبوع فقط، اطلب الآن!</p></div>
        <div class="layout">
        <div class="post-body entry-content">
        <h1>{{LibraryTitle}}</h1>
        <p>{{LibraryParagraphs[0]}}</p>
        <p>{{LibraryParagraphs[1]}}</p>
        <p>{{LibraryParagraphs[2]}}</p>
        </div>
        <div class="sidebar related-posts"><h3>أخبار ذات صلة</h3><ul>
        <li><a href="/news/1">بلدية الزرقاء تطلق حملة تشجير</a></li><li><a href="/news/2">معرض للكتاب في إربد</a></li><li><a href="/news/3">طلاب يزورون المكتبة الوطنية</a></li></ul></div>
        <div id="comments" class="comments-area"><h3>التعليقات</h3>
        <div class="comment"><p>خطوة رائعة، نتمنى مكتبة مماثلة في مدينتنا.</p></div>
        <div class="comment"><p>متى تفتح المكتبة أبوابها يوم السبت؟</p></div></div>
        </div>
        <footer class="site-footer"><p>جميع الحقوق محفوظة لصحيفة الأفق ٢٠٢٥</p></footer>
        </body>
        </html>
        """;

    public static readonly string[] MarketParagraphs =
    [
        "ارتفعت أسعار الخضار في السوق المركزي للمدينة بنسبة ملحوظة خلال الأسبوع الماضي، بعد موجة برد أضرت بالمزارع في الأغوار وقلّلت الكميات الواردة إلى السوق.",
        "وقال تجار في السوق إن سعر صندوق البندورة تضاعف تقريباً، متوقعين أن تعود الأسعار إلى مستوياتها المعتادة مع تحسن الأحوال الجوية خلال الأيام المقبلة.",
    ];

    /// <summary>A page with no title, heading or date of its own.</summary>
    public static string MarketPage => $"""
        <!doctype html>
        <html lang="ar"><head><meta charset="utf-8"></head>
        <body><div class="story"><p>{MarketParagraphs[0]}</p><p>{MarketParagraphs[1]}</p></div></body></html>
        """;

    public const string MarketTitle = "ارتفاع أسعار الخضار بعد موجة البرد";

    /// <summary>The feed's date for the market item: Wed, 12 Mar 2025 07:15:00 +0300.</summary>
    public static readonly DateTimeOffset MarketPublished = new(2025, 3, 12, 7, 15, 0, TimeSpan.FromHours(3));

    public static string Rss(string market, string missing, string huge) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
        <title>صحيفة الأفق - محليات</title><link>http://example.invalid/</link><description>آخر الأخبار المحلية</description>
        <item><title>{MarketTitle}</title><link>{market}</link><guid isPermaLink="false">ufuq-market-2025-03-12</guid><pubDate>Wed, 12 Mar 2025 07:15:00 +0300</pubDate></item>
        <item><title>خبر حذف من الموقع</title><link>{missing}</link><guid isPermaLink="false">ufuq-removed-1</guid><pubDate>Tue, 11 Mar 2025 10:00:00 +0300</pubDate></item>
        <item><title>ملف مطول عن تاريخ المدينة</title><link>{huge}</link><guid isPermaLink="false">ufuq-longread-7</guid><pubDate>Mon, 10 Mar 2025 18:45:00 +0300</pubDate></item>
        </channel></rss>
        """;

    public static string Atom(string market, string missing, string huge) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>صحيفة الأفق - محليات</title><id>urn:ufuq:local</id><updated>2025-03-12T08:00:00+03:00</updated>
        <entry><title>{MarketTitle}</title><link rel="alternate" href="{market}"/><id>urn:ufuq:market-2025-03-12</id><updated>2025-03-12T07:15:00+03:00</updated></entry>
        <entry><title>خبر حذف من الموقع</title><link href="{missing}"/><id>urn:ufuq:removed-1</id><updated>2025-03-11T10:00:00+03:00</updated></entry>
        <entry><title>ملف مطول عن تاريخ المدينة</title><link href="{huge}"/><id>urn:ufuq:longread-7</id><updated>2025-03-10T18:45:00+03:00</updated></entry>
        </feed>
        """;

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>
    /// The site the tests fetch: the two pages, a removed page (404), a long read of about 100 KB (over a 64K limit),
    /// and the RSS (absolute links) and Atom (relative links) feeds listing market, removed and long read.
    /// </summary>
    public static void MapSite(WebApplication app, Func<string, string> url)
    {
        const string html = "text/html; charset=utf-8";
        app.MapGet("/news/zarqa-library", LocalWebServer.Serve(html, Utf8(LibraryPage)));
        app.MapGet("/news/market", LocalWebServer.Serve(html, Utf8(MarketPage)));
        app.MapGet("/news/removed", () => Results.NotFound());
        app.MapGet("/news/longread", LocalWebServer.Serve(html, Utf8(
            "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + MarketParagraphs[0] + "</p>", 400)) + "</body></html>")));
        app.MapGet("/feeds/local.rss", context => LocalWebServer.Serve("application/rss+xml; charset=utf-8", Utf8(
            Rss(url("/news/market"), url("/news/removed"), url("/news/longread"))))(context));
        app.MapGet("/feeds/local.atom", LocalWebServer.Serve("application/atom+xml", Utf8(Atom("/news/market", "../news/removed", "/news/longread"))));
    }
}
