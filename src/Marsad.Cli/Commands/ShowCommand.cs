using System.CommandLine;
using Marsad.Analysis;
using Marsad.Reporting;

namespace Marsad.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "An article id, a unique prefix of it (4+ characters), or the id its source gave it." };
        var tokens = new Option<bool>("--tokens") { Description = "Show every sentence's tokens with their clitics." };
        var command = new Command("show", "Show one stored article with its stored analysis (analysed now, without saving, when it has none).") { id, tokens };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(id)!, parse.GetValue(tokens)));
        return command;
    }

    private static int Run(CommandContext context, string idOrPrefix, bool showTokens)
    {
        using var store = context.OpenExistingStore();
        if (idOrPrefix.Trim().Length == 0) throw new CliException("Give an article id (see `marsad list`).", ExitCodes.Usage);
        var ids = store.Articles.MatchIds(idOrPrefix, limit: 3);
        var id = ids.Count switch
        {
            0 => throw new CliException($"No stored article has an id, id prefix or source id '{idOrPrefix}' in {context.DataFolder}; `marsad list` shows the ids."),
            > 1 => throw new CliException($"'{idOrPrefix}' matches more than one article ({string.Join(", ", ids)}, …): type more of the id."),
            _ => ids[0],
        };
        var article = store.Articles.Get(id)!;
        var pipeline = MarsadPipeline.Default;
        var writer = new ArticleJsonWriter(pipeline, store);
        var stored = new AnalysisStore(store, pipeline).Load(id);
        if (stored is null)
            Console.Error.WriteLine($"Article {id} has not been analysed yet: showing a fresh analysis, not saved (run `marsad analyze` to keep it).");
        else if (stored.Pipeline != pipeline.Version)
            Console.Error.WriteLine($"Article {id} was analysed by an earlier pipeline ({stored.Pipeline}); `marsad analyze` brings it up to date.");
        var document = stored is null ? pipeline.Run(article) : pipeline.RunUnstored(article);
        if (context.Json)
            JsonOutput.Write(w =>
            {
                if (stored is null) writer.Write(document, w);
                else writer.WriteStored(document, stored, w);
            });
        else
        {
            var json = stored is null ? ArticleJson.Of(document, writer) : ArticleJson.Of(document, stored, writer);
            ArticleReport.Write(json, ArticleJson.Contributors(pipeline), Terminal.Out, showTokens);
        }
        return ExitCodes.Ok;
    }
}
