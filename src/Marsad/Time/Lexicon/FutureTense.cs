using Marsad.Text.Morphology;

namespace Marsad.Time.Lexicon;

/// <summary>
/// A verb carrying the future prefix سـ («سيناقش»، «وستعقد»): the clitic segmenter offers the reading without the
/// prefix (it does so only before an imperfect's person letter), and news writes that bare imperfect at least as often
/// as the whole word (<see cref="FrequentForms.IsSurelyProclitic"/>): «يناقش» is commoner than «سيناقش», while «سيارة»، «سنوات»، «سيناء»
/// leave no word news writes and «ستين» (sixty) is commoner than «تين». No shape test of its own: the segmenter's
/// reading and the corpus's word counts decide.
/// </summary>
internal static class FutureTense
{
    public static bool Marks(string key)
    {
        if (key.Length < 4 || key.IndexOf('س') is not (0 or 1)) return false;
        var analysis = CliticSegmenter.Analyze(key, key);
        foreach (var candidate in analysis.Candidates)
        {
            var prefix = key.Length - candidate.Length;
            if (prefix is < 1 or > 2 || key[prefix - 1] != 'س' || !key.AsSpan(prefix).SequenceEqual(candidate)) continue;
            return FrequentForms.IsSurelyProclitic(key, candidate);
        }
        return false;
    }
}
