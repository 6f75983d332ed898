using System.CommandLine;
using System.Net;
using Marsad.Api;
using Marsad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {MarsadApiOptions.DefaultUrls}); only an explicit --urls binds beyond this machine. Port 0 picks a free port.",
            DefaultValueFactory = _ => MarsadApiOptions.DefaultUrls,
        };
        var maxBytes = new Option<long>("--max-request-bytes")
        {
            Description = "The largest request body accepted; larger ones get 413.",
            DefaultValueFactory = _ => 32L * 1024 * 1024,
        };
        var command = new Command("serve", $"Serve the HTTP API and its OpenAPI document (/openapi/v1.json, browsable at /docs). Writes need {MarsadApiOptions.TokenVariable}.") { urls, maxBytes };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(urls)!, parse.GetValue(maxBytes)));
        return command;
    }

    private static int Run(CommandContext context, string urls, long maxBytes)
    {
        if (maxBytes < 1) throw new CliException("--max-request-bytes must be at least 1.", ExitCodes.Usage);
        var token = Environment.GetEnvironmentVariable(MarsadApiOptions.TokenVariable);
        var options = new MarsadApiOptions { DataFolder = context.DataFolder, PostgreSql = context.Location.PostgreSql, WriteToken = string.IsNullOrEmpty(token) ? null : token, MaxRequestBytes = maxBytes };
        var remote = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(u => !IsLoopback(u)).ToList();

        using var app = MarsadApi.Build(options, urls);
        try
        {
            // Opened now so a bad data folder fails here, not on the first request.
            app.Services.GetRequiredService<StoreAccess>();
        }
        catch (MarsadStoreException e)
        {
            throw new CliException(e.Message);
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // One line a script can parse for the address (port 0 picks a free one), then the state of writes.
            Console.Out.WriteLine($"marsad serve: listening on {string.Join(" ", app.Urls)} (data {context.Where})");
            Console.Out.WriteLine(options.WriteToken is null
                ? $"marsad serve: writes are off ({MarsadApiOptions.TokenVariable} is not set); POST /api/ingest and /api/analyze answer 403"
                : "marsad serve: writes need 'Authorization: Bearer' with the token in " + MarsadApiOptions.TokenVariable);
            if (remote.Count > 0)
                Console.Out.WriteLine($"marsad serve: listening beyond this machine on {string.Join(", ", remote)} as --urls asked");
            Console.Out.Flush();
        });
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            throw new CliException($"Cannot listen on {urls}: {e.Message}");
        }
        return ExitCodes.Ok;
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0").Replace("+", "0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
