using Marsad.Tests.Support;

namespace Marsad.Tests.Web;

/// <summary>
/// The seeds of ../shared (two outlets reporting the Albania–Iran rupture), analysed once into a data folder for the
/// browser tests, on first use: a test calls <see cref="Data"/> after <see cref="SharedData.Seed"/> has skipped it when
/// ../shared is absent, so the fixture itself never fails a run without it.
/// </summary>
public sealed class WebSeeds : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<string> _data;

    public WebSeeds() => _data = new Lazy<string>(Analyze);

    public string Data => _data.Value;

    private string Analyze()
    {
        var seeds = Path.GetDirectoryName(SharedData.Seed(0))!;
        var result = CliRunner.Run("analyze", seeds, "--json", "--data", _folder.Path);
        if (result.ExitCode != 0) throw new InvalidOperationException($"analyze failed ({result.ExitCode}): {result.Stderr}");
        return _folder.Path;
    }

    public void Dispose() => _folder.Dispose();
}
