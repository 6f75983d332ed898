namespace Marsad.Entities.Recognition;

/// <summary>
/// The binned profile columns of a word-cluster row (<see cref="WordClusters"/>: a = how often the form goes with the
/// article, s = how often it takes a pronoun suffix, f = its frequency), read alone or as the one class the tagger
/// joins with its neighbours. Arabic has no capitals: a name is the word that takes neither the article nor a pronoun.
/// </summary>
internal static class WordProfile
{
    // f5 and above: the few thousand most frequent forms of the corpus.
    public const int FrequentBin = 5;

    /// <summary>A profile column's bin (the digit after its letter), -1 for a word outside the table.</summary>
    public static int Bin(string[]? columns, char column)
    {
        foreach (var c in columns ?? [])
            if (c.Length == 2 && c[0] == column) return c[1] - '0';
        return -1;
    }

    /// <summary>
    /// The word's class for the tagger: G a given name, U outside the table (news rarely or never writes it), F one of
    /// the most frequent forms, N a name's profile (article in under 10% of uses, a pronoun suffix in under 1%: bins a0–a1
    /// and s0–s1), C a common word. The bins alone are features already; a linear model cannot read "neither" from them.
    /// </summary>
    public static string ClassOf(string[]? columns, bool givenName)
    {
        if (givenName) return "G";
        if (columns is null) return "U";
        if (Bin(columns, 'f') >= FrequentBin) return "F";
        return Bin(columns, 'a') <= 1 && Bin(columns, 's') <= 1 ? "N" : "C";
    }
}
