namespace Marsad.Documents;

/// <summary>Layers about the article as a whole rather than a span of it.</summary>
public static class DocumentLayers
{
    /// <summary>Set by the time step; absent means "as the source said" (<see cref="PublicationDate.FromSource"/>).</summary>
    public static readonly Layer<PublicationDate> Publication = new("publication");
}
