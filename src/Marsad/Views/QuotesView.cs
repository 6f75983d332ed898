using System.Globalization;
using System.Text.Json;
using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// Who said what across articles, newest articles first: the object of <c>marsad quotes --json</c> and
/// <c>GET /api/quotes</c>, <c>{"quotes": [{…the quote as in analyze --json…, "article_id", "outlet", "published"}], "next"}</c>.
/// Filters: speaker (an entity id or any name of it, else words of an unnamed source), outlet, publication days.
/// </summary>
public sealed class QuotesView
{
    public const int MaxLimit = 10_000;

    private QuotesView(IReadOnlyList<StoredQuote> quotes, string? next)
    {
        Quotes = quotes;
        Next = next;
    }

    public IReadOnlyList<StoredQuote> Quotes { get; }

    public string? Next { get; }

    /// <summary>A publication day bound (YYYY-MM-DD), or null when none is given.</summary>
    public static DateOnly? Day(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw ViewException.Invalid($"{name} '{value}' is not a day: write YYYY-MM-DD.");
    }

    /// <summary>Checks the arguments without a store: a typo is a usage error whatever the store holds.</summary>
    public static void Check(string? from, string? to, int limit, string? after)
    {
        if (Day(from, "from") is { } f && Day(to, "to") is { } t && t < f) throw ViewException.Invalid("to is before from.");
        ViewJson.CheckLimit(limit, MaxLimit);
        PageCursor.Parse(after);
    }

    public static QuotesView Read(MarsadStore store, string? speaker, string? outlet, string? from, string? to, int limit, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Check(from, to, limit, after);
        // One row past the page says whether another page follows without a second query.
        var query = new QuoteQuery { Outlet = outlet, From = Day(from, "from"), To = Day(to, "to"), Limit = limit + 1, After = PageCursor.Parse(after) };
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var entities = new EntityRepository(store);
            IReadOnlyList<StoredEntity> named = entities.Get(speaker) is { } byId ? [byId] : entities.FindByName(speaker);
            query = query with { SpeakerIds = [.. named.Select(e => e.Id)], SpeakerText = speaker.Trim() };
        }
        IReadOnlyList<StoredQuote> rows;
        try
        {
            rows = new QuoteRepository(store).List(query);
        }
        catch (KeyNotFoundException)
        {
            throw PageCursor.NotACursor(after!);
        }
        var page = rows.Count > limit ? rows.Take(limit).ToList() : rows;
        var next = rows.Count > limit ? PageCursor.Format(page[^1].ArticleId, page[^1].Quote.Id) : null;
        return new QuotesView(page, next);
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("quotes");
        foreach (var q in Quotes) QuoteJson.WriteListed(q, w);
        w.WriteEndArray();
        w.WriteString("next", Next);
        w.WriteEndObject();
    }
}
