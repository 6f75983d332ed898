using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Search;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The variants issue #11 lists, word against word: for each pair of <c>bench/search-examples.tsv</c> (a query as typed,
/// a form of it in a text), whether Marsad's search terms (<see cref="SearchTerms"/>, what its index and its query
/// parser use) and Lucene's stock <c>ArabicAnalyzer</c> turn both into a shared term, i.e. whether the query finds the
/// text. No index: the analyzers decide recall, and the search bench measures the same on 30k articles
/// (<c>bench search</c>, "recall:" rows). Args: [--file PATH].
/// </summary>
public sealed class SearchExamplesBenchmark : IBenchmark
{
    public string Name => "search-examples";

    public string Description => "issue #11's search variants: does Marsad's analysis / Lucene's ArabicAnalyzer match each pair";

    public int Run(string[] args)
    {
        var path = BenchArgs.String(args, "--file") ?? Locate("bench/search-examples.tsv");
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("MARSAD-B002 give --file PATH (bench/search-examples.tsv).");
            return 2;
        }
        using var arabic = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        var table = new Table().AddColumns("query", "text", "class", "Marsad terms", "Marsad finds", "ArabicAnalyzer terms", "ArabicAnalyzer finds");
        int pairs = 0, ours = 0, theirs = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            var (query, text) = (cells[0], cells[1]);
            var (marsadQuery, marsadText) = (SearchTerms.Of(query).Select(t => t.Term).ToList(), SearchTerms.Of(text).Select(t => t.Term).ToList());
            var (luceneQuery, luceneText) = (Terms(arabic, query), Terms(arabic, text));
            // A one-word query finds a text holding its term; every query term must be there (search is AND).
            var marsadFinds = marsadQuery.Count > 0 && marsadQuery.All(marsadText.Contains);
            var luceneFinds = luceneQuery.Count > 0 && luceneQuery.All(luceneText.Contains);
            pairs++;
            if (marsadFinds) ours++;
            if (luceneFinds) theirs++;
            table.AddRow(query, text, Markup.Escape(cells.ElementAtOrDefault(2) ?? ""), string.Join(' ', marsadQuery) + " / " + string.Join(' ', marsadText),
                marsadFinds ? "yes" : "[red]no[/]", string.Join(' ', luceneQuery) + " / " + string.Join(' ', luceneText), luceneFinds ? "yes" : "[red]no[/]");
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{pairs} pairs: Marsad finds {ours}, ArabicAnalyzer finds {theirs}.");
        return 0;
    }

    private static List<string> Terms(ArabicAnalyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static string? Locate(string relative)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, relative))) return Path.Combine(folder.FullName, relative);
        return null;
    }
}
