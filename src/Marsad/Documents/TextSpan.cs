namespace Marsad.Documents;

/// <summary>
/// A half-open character range <c>[Start, End)</c> into an article's original text.
/// Every annotation carries one so an analyst can always go back to the words it came from.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
