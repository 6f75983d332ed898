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
        var command = new Command("show", "Show one stored article, analyzed.") { id, tokens };
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
        var document = pipeline.Run(article);
        if (context.Json) JsonOutput.Write(w => new ArticleJsonWriter(pipeline).Write(document, w));
        else ArticleReport.Write(document, Terminal.Out, showTokens);
        return ExitCodes.Ok;
    }
}
