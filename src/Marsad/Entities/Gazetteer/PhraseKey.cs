using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Entities.Gazetteer;

/// <summary>
/// Splits a gazetteer phrase into the token keys the tokenizer gives for the same words: runs of letters, runs of
/// digits, and each other character alone (عربي 21 → عربي|21, أوبك+ → اوبك|+). Lookups join keys with a space.
/// </summary>
internal static class PhraseKey
{
    public static string[] Split(string phrase)
    {
        var key = MatchingKey.Of(phrase);
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentKind = 0;
        foreach (var c in key)
        {
            var kind = char.IsLetter(c) ? 1 : char.IsDigit(c) ? 2 : char.IsWhiteSpace(c) ? 0 : 3;
            if (kind != currentKind || kind == 3)
            {
                if (current.Length > 0) parts.Add(current.ToString());
                current.Clear();
            }
            currentKind = kind;
            if (kind != 0) current.Append(c);
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return [.. parts];
    }

    public static string Join(IEnumerable<string> keys) => string.Join(' ', keys);
}
