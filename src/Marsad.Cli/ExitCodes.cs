namespace Marsad.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Nothing was done: bad path, unusable data folder, unknown id.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The batch ran and stored what it could, but some inputs were rejected (listed in the output).</summary>
    public const int SomeInputsRejected = 3;
}
