using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Web;

/// <summary>
/// The repository's samples plus two hostile articles — one with markup, script, a javascript: link and a right-to-left
/// override in its title and text, one whose title and outlet are only zero-width characters and whose text hides
/// them inside a javascript: link — ingested and analysed once into a data folder for the web page tests.
/// </summary>
public sealed class WebSamples : IDisposable
{
    public const string HostileId = "hostile-0001";
    public const string HostileTitle = "<script>alert('title')</script> تحذير \u202Egpj.exe";

    public static readonly string HostileText =
        "أعلنت الحكومة الأردنية يوم الأحد عن خطة جديدة. <script>document.title='pwned'</script>\n"
        + "<img src=x onerror=\"document.body.dataset.pwned=1\"> وقال الوزير إن \"الخطة تبدأ غدا\".\n"
        + "<a href=\"javascript:alert(1)\">اضغط هنا</a> الملف \u202Efdp.exe يصل إلى عمان.";

    public const string ZeroWidthId = "hostile-0002";

    /// <summary>Zero-width space, word joiner, zero-width no-break space: nothing a reader can see or click.</summary>
    public const string ZeroWidthTitle = "\u200B\u2060\uFEFF";

    public static readonly string ZeroWidthText =
        "افتتح المتحف الوطني معرضا للخط العربي يوم السبت.\n"
        + "<a href=\"java\u200Bscript:document.body.dataset.pwned=1\">ادخل\u200B هنا</a> <img src=x onerror=\"document.body.dataset.pwned=2\">";

    private readonly TempFolder _folder = new();
    private readonly TempFolder _input = new();

    public WebSamples()
    {
        var hostile = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = HostileId, ["outlet"] = "<b>منفذ</b>", ["published"] = "2024-05-02T09:00:00+03:00",
            ["url"] = "javascript:alert(1)", ["title"] = HostileTitle, ["text"] = HostileText,
        });
        var zeroWidth = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = ZeroWidthId, ["outlet"] = "\u200B\u200B", ["published"] = "2024-05-03T09:00:00+03:00",
            ["url"] = "https://example.org/zw", ["title"] = ZeroWidthTitle, ["text"] = ZeroWidthText,
        });
        _input.Write("hostile.jsonl", hostile + "\n" + zeroWidth + "\n");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Samples, file);
            Directory.CreateDirectory(Path.GetDirectoryName(_input.File(relative))!);
            File.Copy(file, _input.File(relative));
        }
        var result = CliRunner.Run("analyze", _input.Path, "--json", "--data", _folder.Path);
        if (result.ExitCode != 0) throw new InvalidOperationException($"analyze failed ({result.ExitCode}): {result.Stderr}");
    }

    public string Data => _folder.Path;

    public void Dispose()
    {
        _folder.Dispose();
        _input.Dispose();
    }
}
