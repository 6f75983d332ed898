using System.Text.Json;
using Marsad.Entities;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// The entities a name or id means, each with the sentences that mention it across outlets: the object of
/// <c>marsad entity NAME --json</c> and <c>GET /api/entities/{idOrName}</c>,
/// <c>{"query", "entities": [{…entity fields, "mentions": [{"article_id", "outlet", "title", "published", "text", "start", "end", "kind", "rule", "confidence", "loaded", "sentence": {"start", "end", "text"}}]}]}</c>.
/// </summary>
public sealed class EntityView
{
    public const int MaxLimit = 10_000;

    private EntityView(string query, IReadOnlyList<(StoredEntity Entity, IReadOnlyList<StoredMention> Mentions)> entities)
    {
        Query = query;
        Entities = entities;
    }

    public string Query { get; }

    public IReadOnlyList<(StoredEntity Entity, IReadOnlyList<StoredMention> Mentions)> Entities { get; }

    /// <summary>The entity with id <paramref name="name"/>, else every entity called that (any spelling, Arabic or English).</summary>
    public static EntityView Read(MarsadStore store, string name, int limit)
    {
        if (string.IsNullOrWhiteSpace(name)) throw ViewException.Invalid("Give a name to look up (see `marsad entities`).");
        ViewJson.CheckLimit(limit, MaxLimit);
        var repository = new EntityRepository(store);
        IReadOnlyList<StoredEntity> entities = repository.Get(name) is { } byId ? [byId] : repository.FindByName(name);
        if (entities.Count == 0)
            throw new ViewException(ViewException.EntityNotFound, ViewFailure.NotFound,
                $"No stored entity is called '{name}'. `marsad entities` lists them; analyze articles first if it is empty.");
        return new EntityView(name, [.. entities.Select(e => (e, repository.Mentions(e.Id, limit)))]);
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("query", Query);
        w.WriteStartArray("entities");
        foreach (var (entity, mentions) in Entities)
        {
            EntitiesView.WriteEntityFields(entity, w);
            w.WriteStartArray("mentions");
            foreach (var m in mentions) WriteMention(m, w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteMention(StoredMention m, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("article_id", m.ArticleId);
        w.WriteString("outlet", m.Outlet);
        w.WriteString("title", m.Title);
        ArticleJsonWriter.WriteDate(w, "published", m.Published);
        w.WriteString("text", m.Text);
        w.WriteNumber("start", m.Start);
        w.WriteNumber("end", m.End);
        w.WriteString("kind", m.Kind.ToString());
        w.WriteString("rule", m.Rule);
        w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
        w.WriteBoolean("loaded", m.Loaded);
        w.WriteStartObject("sentence");
        w.WriteNumber("start", m.SentenceStart);
        w.WriteNumber("end", m.SentenceEnd);
        w.WriteString("text", m.Sentence);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
