using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Api.Web;

/// <summary>
/// Renders a page component to an HTML string with Razor's static <see cref="HtmlRenderer"/> — no circuit, no
/// antiforgery or data-protection keys, nothing interactive — through an encoder that keeps Arabic letters as UTF-8.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggers, [FromKeyedServices(PageRenderer.EncoderKey)] HtmlEncoder encoder)
{
    public const string EncoderKey = "marsad-web";

    private readonly IServiceProvider _scope = new EncoderScope(services, encoder);

    public async Task<IResult> Render<TPage>(IDictionary<string, object?> parameters, int status) where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(_scope, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    // HtmlRenderer asks its service provider for an HtmlEncoder; this answers with ours and defers everything else.
    private sealed class EncoderScope(IServiceProvider inner, HtmlEncoder encoder) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? encoder : inner.GetService(serviceType);
    }
}
