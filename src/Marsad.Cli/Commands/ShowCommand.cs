using System.CommandLine;
using Marsad.Analysis;
using Marsad.Views;

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
        var pipeline = MarsadPipeline.Default;
        var view = ArticleView.Read(store, idOrPrefix, pipeline);
        if (view.Note is { } note) Console.Error.WriteLine(note);
        if (context.Json) JsonOutput.Write(view.Write);
        else ArticleReport.Write(ArticleJson.Of(view.Write), ArticleJson.Contributors(pipeline), Terminal.Out, showTokens);
        return ExitCodes.Ok;
    }
}
