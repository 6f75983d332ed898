using System.Text.Json;
using Marsad.Entities;
using Marsad.Events;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// Stored events across articles, newest articles first: the object of <c>marsad events --json</c> and
/// <c>GET /api/events</c>, <c>{"events": [{"article_id", "outlet", "published", …the event as in analyze --json…,
/// "sentence_text"}], "next"}</c>. <c>next</c> is the cursor of the following page (pass it as <c>after</c>), null on the last.
/// </summary>
public sealed class EventsView
{
    public const int MaxLimit = 10_000;

    private EventsView(IReadOnlyList<StoredEvent> events, string? next)
    {
        Events = events;
        Next = next;
    }

    public IReadOnlyList<StoredEvent> Events { get; }

    public string? Next { get; }

    /// <summary>Checks the filters, limit and cursor without a store: a typo is a usage error whatever the store holds.</summary>
    public static void Check(EventFilter filter, int limit, string? after)
    {
        filter.Check();
        ViewJson.CheckLimit(limit, MaxLimit);
        PageCursor.Parse(after);
    }

    public static EventsView Read(MarsadStore store, EventFilter filter, int limit, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Check(filter, limit, after);
        var query = Query(store, filter) with
        {
            // One row past the page says whether another page follows without a second query.
            Limit = limit + 1,
            After = PageCursor.Parse(after),
        };
        IReadOnlyList<StoredEvent> rows;
        try
        {
            rows = new EventRepository(store).List(query);
        }
        catch (KeyNotFoundException)
        {
            throw PageCursor.NotACursor(after!);
        }
        var page = rows.Count > limit ? rows.Take(limit).ToList() : rows;
        var next = rows.Count > limit ? PageCursor.Format(page[^1].ArticleId, page[^1].Event.Id) : null;
        return new EventsView(page, next);
    }

    /// <summary>The repository query of checked filters: an actor or target given by name matches every entity so called.</summary>
    public static EventQuery Query(MarsadStore store, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        filter.Check();
        var entities = new EntityRepository(store);
        return new EventQuery
        {
            Type = filter.ParsedType,
            ActorIds = filter.Actor is null ? null : entities.FindByName(filter.Actor).Select(e => e.Id).ToArray(),
            ActorText = filter.Actor,
            TargetIds = filter.Target is null ? null : entities.FindByName(filter.Target).Select(e => e.Id).ToArray(),
            TargetText = filter.Target,
            Modality = filter.ParsedModality,
            Outlet = filter.Outlet,
            From = filter.From,
            To = filter.To,
        };
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("events");
        foreach (var stored in Events)
        {
            w.WriteStartObject();
            w.WriteString("article_id", stored.ArticleId);
            w.WriteString("outlet", stored.Outlet);
            ArticleJsonWriter.WriteDate(w, "published", stored.Published);
            EventJson.WriteEvent(stored.Event, w);
            w.WriteString("sentence_text", stored.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("next", Next);
        w.WriteEndObject();
    }
}
