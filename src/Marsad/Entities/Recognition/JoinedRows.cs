namespace Marsad.Entities.Recognition;

/// <summary>
/// A sentence's joined features (<see cref="NerFeatures.Joined"/>: word, base and class pairs, name marks) as the rows
/// both passes have for them, in the order the features come, token by token. The two passes read the same pairs of the
/// same forms, so hashing them and probing the model's table once serves both (<see cref="TaggerForms.Join"/>); a feature
/// neither pass knows is left out, as adding nothing.
/// </summary>
internal sealed class JoinedRows(PassRows[] rows, int[] ends)
{
    /// <summary>The rows of token <paramref name="i"/>'s joined features.</summary>
    public ReadOnlySpan<PassRows> Of(int i) => rows.AsSpan(i == 0 ? 0 : ends[i - 1], ends[i] - (i == 0 ? 0 : ends[i - 1]));
}
