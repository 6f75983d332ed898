namespace Marsad.Tests.Support;

/// <summary>
/// Finds ../shared (real articles and corpora that stay outside the repo). Tests that need it call
/// <see cref="RequireFile"/>, which skips the test with a message when the folder is absent,
/// as it is on a user's fresh clone.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(Locate);

    public static string? Root => s_root.Value;

    public static string RequireFile(string relativePath)
    {
        var root = Root;
        Assert.SkipWhen(root is null, $"../shared is absent (set MARSAD_SHARED to its path); skipping a test that reads {relativePath}.");
        var path = Path.Combine(root!, relativePath);
        Assert.SkipUnless(File.Exists(path), $"{path} is absent; skipping.");
        return path;
    }

    public static string Seed(int index) =>
        RequireFile(index == 0 ? "seeds/000_dbf29ce37a5f7afa.txt" : "seeds/001_9efac980176be7b2.txt");

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MARSAD_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
        }
        return null;
    }
}
