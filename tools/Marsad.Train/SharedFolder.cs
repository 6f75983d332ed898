namespace Marsad.Train;

/// <summary>
/// Where ../shared (the real corpora that stay outside the repo) is: <c>MARSAD_SHARED</c> when set, as the tests read it,
/// else ../shared beside the repository root the tool runs from.
/// </summary>
internal static class SharedFolder
{
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } fromEnv ? fromEnv : "../shared";

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
