namespace Marsad.Entities.Recognition;

/// <summary>
/// Opens a resource embedded from src/Marsad/Resources by its dotted name. MSBuild's %(RecursiveDir) keeps the
/// platform's directory separator, so on Linux the manifest holds "Marsad.Resources.Entities/x" where the
/// project promises "Marsad.Resources.Entities.x"; both spellings are accepted.
/// </summary>
internal static class EmbeddedData
{
    public static Stream? Open(string dottedName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var stream = assembly.GetManifestResourceStream(dottedName);
        if (stream is not null) return stream;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == dottedName);
        return name is null ? null : assembly.GetManifestResourceStream(name);
    }
}
