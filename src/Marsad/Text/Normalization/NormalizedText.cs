using Marsad.Documents;

namespace Marsad.Text.Normalization;

/// <summary>
/// Normalized text with, for every normalized character, the original characters it came from.
/// Lets every step work on clean text and still report spans into the article as it was written.
/// </summary>
public sealed class NormalizedText
{
    // Where each normalized character starts in the original, and how many original characters it covers (its
    // letter plus the marks folded into it: rarely more than a few, so a byte; longer runs go to _longSpans).
    // Both arrays may run past Text.Length (the normalizer does not trim its buffers); only [0, Text.Length) counts.
    private readonly int[] _originalStart;
    private readonly byte[] _originalLength;
    private readonly Dictionary<int, int>? _longSpans;

    internal NormalizedText(string original, string text, int[] originalStart, byte[] originalLength, Dictionary<int, int>? longSpans)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalLength = originalLength;
        _longSpans = longSpans;
    }

    public string Original { get; }

    /// <summary>Display text: presentation forms, diacritics, tatweel, bidi marks and digits cleaned; letters kept.</summary>
    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>
    /// The original span that produced normalized characters <c>[start, end)</c>.
    /// Diacritics and tatweel removed after a letter belong to that letter's span, so a word's
    /// original span covers its vowel marks; marks removed before a word (bidi controls) do not.
    /// </summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is outside normalized text of length {Text.Length}.");
        if (start == end)
        {
            var at = start < Text.Length ? _originalStart[start] : Original.Length;
            return new TextSpan(at, at);
        }
        return new TextSpan(_originalStart[start], OriginalEnd(end - 1));
    }

    private int OriginalEnd(int index)
    {
        var length = _originalLength[index];
        if (length == byte.MaxValue && _longSpans is not null && _longSpans.TryGetValue(index, out var end)) return end;
        return _originalStart[index] + length;
    }
}
