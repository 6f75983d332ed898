namespace Marsad.Entities.Recognition;

/// <summary>
/// Reads the CoNLL-like corpus format of ANERcorp as we keep it: one <c>token&lt;TAB&gt;tag</c> per line,
/// a blank line between sentences.
/// </summary>
public static class BioCorpus
{
    public static IReadOnlyList<BioSentence> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"MARSAD-N001 BIO corpus '{path}' does not exist; pass the path of a token<TAB>tag file.", path);
        return Parse(File.ReadLines(path), path);
    }

    public static IReadOnlyList<BioSentence> Parse(IEnumerable<string> lines, string source = "input")
    {
        var sentences = new List<BioSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            var tab = line.LastIndexOf('\t');
            if (tab < 0) tab = line.LastIndexOf(' ');
            if (tab <= 0)
                throw new FormatException($"MARSAD-N002 Line {lineNumber} of {source} has no tag; expected token<TAB>tag.");
            tokens.Add(line[..tab]);
            tags.Add(line[(tab + 1)..].Trim());
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new BioSentence([.. tokens], [.. tags]));
            tokens.Clear();
            tags.Clear();
        }
    }
}
