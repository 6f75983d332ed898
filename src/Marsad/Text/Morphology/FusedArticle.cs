namespace Marsad.Text.Morphology;

/// <summary>
/// After the preposition ل the article is written ل alone (للرئيس = ل + الرئيس): words read from the article's ل on
/// («لرئيس») get the article's alef back («الرئيس»), so a name or actor after ل reads as it does elsewhere. One rule for
/// the entity step's names and the events step's actor phrases.
/// </summary>
public static class FusedArticle
{
    /// <summary><paramref name="words"/> with the article's alef back when <paramref name="fused"/> says the ل before
    /// them was the preposition's and they start at the article's ل.</summary>
    public static string Restore(string words, bool fused) => fused && words.StartsWith('ل') ? "ا" + words : words;
}
