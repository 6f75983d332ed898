namespace Marsad.Entities.Recognition;

/// <summary>
/// A deliberately small proclitic/enclitic stripper over matching keys, for recognizer features only:
/// لإسرائيل → ل + اسراييل, والحكومه → وال + حكومه. It guesses without a lexicon (وزير → و + زير is
/// possible), which is fine for a feature the model weighs against the whole word.
/// </summary>
public static class LightClitics
{
    // Longest first; each is stripped only if at least MinBase letters remain.
    private static readonly string[] s_proclitics =
        ["وبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    // ه alone is not stripped: the matching key folds ة to ه, so مدينه must keep it.
    private static readonly string[] s_enclitics = ["هما", "كما", "هم", "هن", "ها", "كم"];

    private const int MinBase = 3;

    public static (string Proclitic, string Base) Split(string key)
    {
        var proclitic = "";
        foreach (var p in s_proclitics)
        {
            if (key.Length - p.Length >= MinBase && key.StartsWith(p, StringComparison.Ordinal))
            {
                proclitic = p;
                break;
            }
        }
        var stem = key[proclitic.Length..];
        foreach (var e in s_enclitics)
        {
            if (stem.Length - e.Length >= MinBase && stem.EndsWith(e, StringComparison.Ordinal))
                return (proclitic, stem[..^e.Length]);
        }
        return (proclitic, stem);
    }
}
