using System.IO.Compression;
using System.Text;

namespace Marsad.Fuzz;

/// <summary>Starting inputs per harness, written for the fuzzer: well-formed cases of each format the mutator then breaks.</summary>
internal static class Seeds
{
    private const string Arabic = "أعلنت وزارة الصحة يوم الإثنين 4 مارس/آذار 2024 افتتاح مستشفى في الرياض، وقال الوزير: \"سنفتتح آخر بعد ثلاثة أشهر\". (د. أحمد) 3.5%؟";
    private const string Times = "منذ يومين، وفي 15 رمضان 1445 هـ، الساعة 10:30 صباحاً، بين 2019 و2021، الأسبوع المقبل، قبل عامين من الاتفاق.";

    public static IReadOnlyList<byte[]> For(string harness) => harness switch
    {
        "decoder" => [Utf8(Arabic), Cp1256(Arabic), [0xEF, 0xBB, 0xBF, .. Utf8(Arabic)], Encoding.Unicode.GetBytes(Arabic), [.. Utf8(Arabic), 0xFF, .. Cp1256("\nسطر")]],
        "jsonl" => [Utf8(JsonLines), Cp1256(JsonLines), Encoding.Unicode.GetBytes(JsonLines)],
        "gzip" => [Gzip(Utf8(JsonLines)), Gzip(Cp1256(JsonLines))],
        "html" => [Utf8(Html)],
        "normalizer" or "text" => [Utf8(Arabic), Utf8("ـــالـلّـهُ ‏‎ﻻ ١٢٣ U.S. \r\n\n" + Arabic)],
        "time" => [Utf8(Times), Utf8(Arabic)],
        _ => throw new ArgumentOutOfRangeException(nameof(harness), harness, null),
    };

    private static string JsonLines => string.Join("\n",
        $$"""{"id": "1", "outlet": "الغد", "published": "05/07/2015", "title": "عنوان", "text": "{{Arabic.Replace("\"", "\\\"")}}"}""",
        """{"text": "نص", "published": "الأحد 5 يوليو 2015", "extra": {"a": [1, 2]}}""",
        "{oops}", "");

    private const string Html = """
        <html><head><title>خبر</title><meta property="article:published_time" content="2024-03-04T10:00:00+03:00">
        <meta property="og:site_name" content="الغد"></head><body><main><article><h1>عنوان</h1><p>أعلنت الوزارة <b>اليوم</b> افتتاح مستشفى.</p>
        <div><div><p>فقرة ثانية</p></div></div><script>var a = "<p>x</p>";</script></article></main></body></html>
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Cp1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }
}
