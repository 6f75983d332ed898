using System.CommandLine;
using System.Globalization;
using Marsad.Search;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words (all required), \"a phrase\", AND OR NOT, -word, prefix*, or * for every article. Clitics, spelling variants and Arabic-Indic digits match.",
        };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet (exact name, as `stats` shows it)." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD)." };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity id (as `entities` lists it, e.g. gpe:iran)." };
        var type = new Option<string?>("--type") { Description = "Only articles with an event of this type (needs the events step)." };
        var story = new Option<string?>("--story") { Description = "Only articles of this story (needs the stories step)." };
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date (newest first).", DefaultValueFactory = _ => "relevance" };
        var limit = new Option<int>("--limit") { Description = "How many hits to show (near duplicates count once).", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search of the stored articles, with snippets, facets and near duplicates collapsed.")
        {
            query, outlet, from, to, entity, type, story, sort, limit,
        };
        command.SetAction(parse => Run(CommandContext.From(parse), new SearchQuery(parse.GetValue(query)!)
        {
            Outlet = parse.GetValue(outlet),
            From = Day(parse.GetValue(from), "--from"),
            To = Day(parse.GetValue(to), "--to"),
            Entity = parse.GetValue(entity),
            EventType = parse.GetValue(type),
            Story = parse.GetValue(story),
            Sort = Sort(parse.GetValue(sort)!),
            Limit = parse.GetValue(limit),
        }));
        return command;
    }

    private static int Run(CommandContext context, SearchQuery query)
    {
        using var store = context.OpenExistingStore();
        SearchResult result;
        try
        {
            using var service = SearchService.Open(store);
            result = service.Search(query);
        }
        catch (SearchException e)
        {
            var usage = e.Code is SearchException.BadQuery or SearchException.EmptyQuery or SearchException.BadFilter;
            throw new CliException(e.Message, usage ? ExitCodes.Usage : ExitCodes.Failed);
        }
        if (!result.Index.Fresh)
            // Plain and unwrapped, like errors: scripts grep it.
            Console.Error.WriteLine($"marsad: warning: {result.Index.Describe()}");
        if (context.Json)
        {
            JsonOutput.Write(w => SearchJsonWriter.Write(result, w));
            return ExitCodes.Ok;
        }
        SearchRendering.Write(result, Terminal.Out);
        return ExitCodes.Ok;
    }

    private static DateOnly? Day(string? value, string option)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new CliException($"{option} '{value}' is not a day: write YYYY-MM-DD, e.g. 2024-03-05.", ExitCodes.Usage);
    }

    private static SearchSort Sort(string value) => value.ToLowerInvariant() switch
    {
        "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        _ => throw new CliException($"--sort '{value}' is unknown: use relevance or date.", ExitCodes.Usage),
    };
}
