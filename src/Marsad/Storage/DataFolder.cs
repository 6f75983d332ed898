namespace Marsad.Storage;

/// <summary>
/// Where Marsad keeps its data: the <c>--data</c> option if given, else the <c>MARSAD_DATA</c> environment
/// variable, else <c>./marsad-data</c> under the current directory.
/// </summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "MARSAD_DATA";
    public const string DefaultName = "marsad-data";
    public const string DatabaseFileName = "marsad.db";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        return Path.GetFullPath(DefaultName);
    }

    public static string DatabasePath(string folder) => Path.Combine(folder, DatabaseFileName);
}
