using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Views;

/// <summary>
/// How every view is written, by the CLI and the API alike: indented, Arabic left readable rather than escaped.
/// Markup in stored text stays inert: it is a JSON string value either way.
/// </summary>
public static class ViewJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The object a view writes, in memory (for a reader of the JSON in the same process: a page, a report).</summary>
    public static JsonElement ToElement(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder })) write(writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Checks a page size against the bounds every list shares.</summary>
    public static int CheckLimit(int limit, int max, string name = "limit")
    {
        if (limit < 1 || limit > max) throw ViewException.Invalid($"{name} must be between 1 and {max} (was {limit}).");
        return limit;
    }
}
