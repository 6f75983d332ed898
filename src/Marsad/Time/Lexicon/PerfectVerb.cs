using Marsad.Text.Morphology;
using Marsad.Time.Recognition;

namespace Marsad.Time.Lexicon;

/// <summary>
/// A word that reads as a perfect verb of the third person singular, the tense news tells what happened in: the feminine
/// in ت after a stem of three letters, or of four opening with the ا of the form أفعل («صدرت»، «أبلغت»), or a bare stem
/// of three letters after the conjunction و or ف, the way a sentence of news opens («وصرح»، «فقال»; not a word whose و
/// is its own, «وصول», <see cref="FrequentForms.IsProclitic(ReadOnlySpan{char}, ReadOnlySpan{char})"/>). The evidence is the
/// stem's imperfect in ي, which news writes (يصدر، يبلغ، يصرح; <see cref="FrequentForms"/>). Nouns of the same letters
/// share it (وعمل، وحكم), so a reader asks only where a verb is expected; a bare stem ending in ه is left out (the key of
/// a noun in ة: «وكرة» is «وكره»), and so are the prepositions «قبل», «بعد» and «بين».
/// </summary>
internal static class PerfectVerb
{
    private const int Root = 3;

    // The key writes ة as ه, so a bare stem in ه is as often a noun in ة.
    private const char TaMarbutaKey = 'ه';

    public static bool Marks(string key)
    {
        var stem = key.AsSpan();
        if (stem.Length > Root && stem[^1] == 'ت' && stem[0] is not ('و' or 'ف')) return Feminine(stem[..^1]);
        if (stem.Length > Root && stem[0] is 'و' or 'ف' && FrequentForms.IsProclitic(stem, stem[1..]) == true)
        {
            stem = stem[1..];
            if (stem.Length > Root && stem[^1] == 'ت') return Feminine(stem[..^1]);
            return stem.Length == Root && stem[^1] != TaMarbutaKey && !IsPreposition(stem) && Imperfect(stem);
        }
        return false;
    }

    private static bool Feminine(ReadOnlySpan<char> stem)
    {
        if (stem.Length == Root + 1 && stem[0] == 'ا') stem = stem[1..];
        return stem.Length == Root && Imperfect(stem);
    }

    private static bool Imperfect(ReadOnlySpan<char> stem) => FrequentForms.Bin(string.Concat("ي", stem)) >= 0;

    private static bool IsPreposition(ReadOnlySpan<char> stem) =>
        stem.SequenceEqual(Glue.Qabl) || stem.SequenceEqual(Glue.Baad) || stem.SequenceEqual(Glue.Bayna);
}
