namespace Marsad.Entities.Recognition;

/// <summary>
/// The arrays one thread decodes sentences in (emission scores, Viterbi scores and back-pointers, backward scores,
/// max-marginals), kept from sentence to sentence and grown to the longest sentence seen: a sentence's Viterbi
/// scores alone are 90 doubles a token, and allocated anew they were most of what tagging an article allocated.
/// What a decode leaves in them is valid until the thread decodes the next sentence.
/// </summary>
internal sealed class DecoderWorkspace
{
    [ThreadStatic] private static DecoderWorkspace? t_current;

    /// <summary>This thread's workspace.</summary>
    public static DecoderWorkspace Current => t_current ??= new DecoderWorkspace();

    private double[] _emissions = [];
    private double[] _delta = [];
    private byte[] _back = [];
    private double[] _beta = [];
    private double[] _marginals = [];

    /// <summary>Emission scores, at least <paramref name="length"/> long.</summary>
    public double[] Emissions(int length) => Ensure(ref _emissions, length);

    /// <summary>Viterbi scores per token and state, at least <paramref name="length"/> long.</summary>
    public double[] Delta(int length) => Ensure(ref _delta, length);

    /// <summary>The tag before each state's best predecessor (a tag index, or Start).</summary>
    public byte[] Back(int length) => Ensure(ref _back, length);

    public double[] Beta(int length) => Ensure(ref _beta, length);

    public double[] Marginals(int length) => Ensure(ref _marginals, length);

    private static TItem[] Ensure<TItem>(ref TItem[] array, int length)
    {
        if (array.Length < length) array = new TItem[Math.Max(length, array.Length * 2)];
        return array;
    }
}
