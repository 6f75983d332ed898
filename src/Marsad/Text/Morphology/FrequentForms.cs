using System.Collections.Frozen;
using System.IO.Compression;
using Marsad.LanguageData;

namespace Marsad.Text.Morphology;

/// <summary>
/// How often news writes a word form, by matching key: the frequency profile (f = log2 count / 2) of the 150,000 most
/// frequent forms of SaudiNewsNet that Resources/Entities/word-clusters.tsv.gz lists (built by
/// <c>Marsad.Train build-clusters</c>; its first column is the form, its <c>f</c> column the bin). The clitic segmenter
/// asks it whether the remainder a proclitic would leave is a word news writes at all: «وتين» and «افلنيكوف» hardly
/// are, «بوتين» and «وارسو» are (<see cref="IsProclitic(int, int)"/>). The one reader of that column: the entity rules ask it too
/// (<c>NameWordEvidence.FrequencyBin</c>); only the form and its bin are kept here, the recognizer reads the clusters.
/// </summary>
internal static class FrequentForms
{
    private static readonly Lazy<FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>>> s_bins =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The form's frequency bin (0 = one to three times in the corpus), or -1 for a form outside the table.</summary>
    public static int Bin(ReadOnlySpan<char> key) => s_bins.Value.TryGetValue(key, out var bin) ? bin : -1;

    /// <summary>
    /// How many bins (about 4 times each) more often news must write the whole word than what a proclitic reading leaves
    /// for the letters to be the word's own: three, about 64 times. Fewer takes the conjunction or preposition for the
    /// word's own letters in forms news writes with it about as often as without («وتابع» 5 / «تابع» 3, «بشكل» 6 / «شكل» 4);
    /// three keeps what is a word of its own («وزير» 6 / «زير» 1, «وصول» 5 / «صول» 1, «فريق» 5 / «ريق» 0).
    /// </summary>
    public const int OwnLetterMargin = 3;

    /// <summary>
    /// The one test of whether the letters a proclitic reading takes off the front of a word (و ف ب ل ك) are a proclitic
    /// (<c>true</c>) or the word's own (<c>false</c>), asked of how often news writes <paramref name="whole"/> and
    /// <paramref name="rest"/>: a proclitic unless the rest is no frequent form or the whole is <see cref="OwnLetterMargin"/>
    /// bins more frequent. <c>null</c> when news writes neither: each caller says what it takes then. The clitic segmenter,
    /// the tagger's name text (<c>TaggerPass</c>) and the events' conjunction test (<c>ClauseSyntax.SurelyJoinedByAnd</c>) ask it.
    /// </summary>
    public static bool? IsProclitic(ReadOnlySpan<char> whole, ReadOnlySpan<char> rest) => IsProclitic(Bin(whole), Bin(rest));

    /// <summary><see cref="IsProclitic(ReadOnlySpan{char}, ReadOnlySpan{char})"/> on bins already looked up.</summary>
    public static bool? IsProclitic(int wholeBin, int restBin) =>
        restBin < 0 ? wholeBin < 0 ? null : false : restBin + OwnLetterMargin > wholeBin;

    /// <summary>
    /// The stricter question, for a reading that changes what a word is rather than where it ends: news writes the rest at
    /// least as often as the whole. The time step's future «س» asks it (<c>Time.Lexicon.FutureTense</c>): «يناقش» is
    /// commoner than «سيناقش», while «ستين» (sixty) is commoner than «تين» though within <see cref="OwnLetterMargin"/>.
    /// </summary>
    public static bool IsSurelyProclitic(ReadOnlySpan<char> whole, ReadOnlySpan<char> rest)
    {
        var restBin = Bin(rest);
        return restBin >= 0 && restBin >= Bin(whole);
    }

    private static FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var bins = new Dictionary<string, byte>(StringComparer.Ordinal);
        using var gzip = new GZipStream(LanguageFile.Open("Entities", "word-clusters.tsv.gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            foreach (var cell in cells.AsSpan(1))
            {
                if (cell.Length >= 2 && cell[0] == 'f' && byte.TryParse(cell.AsSpan(1), out var bin))
                {
                    bins[cells[0]] = bin;
                    break;
                }
            }
        }
        return bins.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
