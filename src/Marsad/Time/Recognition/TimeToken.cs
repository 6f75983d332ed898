namespace Marsad.Time.Recognition;

internal enum TimeTokenKind { Word, Number, Punct }

/// <summary>A word, digit run or punctuation mark of normalized text; <see cref="Key"/> is its MatchingKey form.</summary>
internal readonly record struct TimeToken(int Start, int End, string Key, TimeTokenKind Kind)
{
    /// <summary>The word with each proclitic reading removed (see Clitics), computed once; empty for non-words.</summary>
    public (string Word, int PrefixLength)[] Readings { get; init; } = [];

    public bool IsWord => Kind == TimeTokenKind.Word;

    public bool IsNumber => Kind == TimeTokenKind.Number;

    public bool Is(string key) => Key == key;
}
