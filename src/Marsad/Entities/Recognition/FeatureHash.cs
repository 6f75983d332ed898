namespace Marsad.Entities.Recognition;

/// <summary>
/// 64-bit FNV-1a over a feature template and its value. Stable across runs and machines
/// (string.GetHashCode is randomized per process), and with 64 bits collisions are negligible
/// for the ~10⁶ features a model sees, so the model stores keys instead of feature strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string template) => Mix(Offset, template);

    public static ulong Of(string template, ReadOnlySpan<char> value) => Mix(Mix(Of(template), '\u0001'), value);

    public static ulong Of(string template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Continue(Of(template, a), b);

    /// <summary>A hash taken so far (a template and its first values) continued with one more value: Of(t, a, b) is Continue(Of(t, a), b).</summary>
    public static ulong Continue(ulong hash, ReadOnlySpan<char> value) => Mix(Mix(hash, '\u0001'), value);

    private static ulong Mix(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value) hash = Mix(hash, c);
        return hash;
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }
}
