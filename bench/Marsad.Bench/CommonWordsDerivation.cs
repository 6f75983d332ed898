using Marsad.Search;

namespace Marsad.Bench;

/// <summary>
/// Derives src/Marsad/Resources/Search/common-words.txt (<see cref="CommonWords"/>): the terms, as the index holds them,
/// that stand in the title or text of at least <c>--share</c> of SaudiNewsNet's articles (default 0.05, half the share
/// <see cref="PhrasePairs"/> narrows from, so a word a little rarer here than in another collection still pairs), most
/// frequent first, each written as its most frequent spelling in the corpus. Prints the data lines with their article
/// counts as comments; the file's header says how it was made. Args: [--share 0.05] [--articles N] [--corpus FILE].
/// </summary>
public sealed class CommonWordsDerivation : IBenchmark
{
    public string Name => "common-words";

    public string Description => "The terms in a share of SaudiNewsNet's articles or more (--share 0.05): the common-word list search pairs";

    public int Run(string[] args)
    {
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--corpus")) is not { } corpus) return 2;
        var share = double.Parse(BenchArgs.String(args, "--share") ?? "0.05", System.Globalization.CultureInfo.InvariantCulture);
        var limit = BenchArgs.Int(args, "--articles") ?? int.MaxValue;
        var articles = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in SaudiNewsNet.Read(corpus, limit))
        {
            articles++;
            foreach (var term in Terms(record).Select(t => t.Term).Distinct(StringComparer.Ordinal))
                counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var least = (int)Math.Ceiling(share * articles);
        var common = counts.Where(c => c.Value >= least).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        // Second pass: each common term's spellings, to write the one most used (and that makes that term alone).
        var spellings = common.Keys.ToDictionary(k => k, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var record in SaudiNewsNet.Read(corpus, limit))
            foreach (var (term, spelling) in Terms(record))
                if (spellings.TryGetValue(term, out var seen)) seen[spelling] = seen.GetValueOrDefault(spelling) + 1;
        Console.WriteLine($"# {articles:N0} articles, {common.Count} terms in {least:N0} or more ({share:0.###})");
        foreach (var (term, count) in common.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var spelling = spellings[term].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.Key).FirstOrDefault(s => SearchTerms.Of(s) is [{ } only] && only.Term == term);
            if (spelling is null) { Console.WriteLine($"# {term}: no spelling makes this term alone"); continue; }
            Console.WriteLine($"{spelling}\t# {count}");
        }
        return 0;
    }

    private static IEnumerable<(string Term, string Spelling)> Terms(SaudiNewsNet.Record record)
    {
        foreach (var text in new[] { record.Title, record.Text })
            if (text is not null)
                foreach (var term in SearchTerms.Of(text))
                    yield return (term.Term, text[term.Span.Start..term.Span.End]);
    }
}
