namespace Marsad.Tests.Support;

/// <summary>Paths inside this repository (samples and the like), found from the test binary's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"Marsad.slnx not found above {AppContext.BaseDirectory}.");
    });

    public static string Root => s_root.Value;

    public static string Samples => Path.Combine(Root, "samples");
}
