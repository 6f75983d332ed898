using System.Security.Cryptography;
using System.Text;
using Marsad.Search;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SearchTermsVersionTests
{
    /// <summary>
    /// Computed here from the files in the source tree, not from what the build embedded: a row added to the words the
    /// segmenter never cuts or to the broken plurals changes the version, so an index built before it reports itself stale.
    /// </summary>
    [Fact]
    public void TheVersionCarriesAFingerprintOfTheLanguageDataTheTermsAreMadeFrom()
    {
        var text = new StringBuilder();
        foreach (var file in new[] { "clitic-initial-words.txt", "broken-plurals.tsv" })
        {
            text.Append("## ").Append(file).Append('\n');
            foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "src", "Marsad", "Resources", "Text", file)))
                if (!string.IsNullOrWhiteSpace(line) && line[0] != '#') text.Append(line).Append('\n');
        }
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];

        Assert.Equal("terms-3." + fingerprint, SearchTerms.Version);
    }
}
