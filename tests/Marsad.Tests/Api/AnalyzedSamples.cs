using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

/// <summary>A data folder holding the repository's samples, ingested and analysed once for a test class.</summary>
public sealed class AnalyzedSamples : IDisposable
{
    private readonly TempFolder _folder = new();

    public AnalyzedSamples()
    {
        var result = CliRunner.Run("analyze", RepoPaths.Samples, "--json", "--data", _folder.Path);
        if (result.ExitCode != 0) throw new InvalidOperationException($"analyze failed ({result.ExitCode}): {result.Stderr}");
    }

    public string Data => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
