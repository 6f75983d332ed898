using Marsad.Tests.Support;

namespace Marsad.Tests.Export;

/// <summary>A data folder holding <see cref="CyberArticle"/> with its hand-coded events and incident (shared by a test class).</summary>
public sealed class HandCodedIncident : IDisposable
{
    private readonly TempFolder _folder = new();

    public HandCodedIncident()
    {
        Data = _folder.File("data");
        ArticleId = CyberArticle.StoreHandCoded(_folder, Data);
    }

    public string Data { get; }

    public string ArticleId { get; }

    public void Dispose() => _folder.Dispose();
}
