using Marsad.Entities;
using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/entities</c>: entities across articles, one entity by id or name, and its mentions.</summary>
public static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("entities");
        group.MapGet("/", List).WithName("ListEntities")
            .WithSummary("Entities most widely mentioned first, optionally of one type (marsad entities --json).");
        group.MapGet("/{name}", Get).WithName("GetEntity")
            .WithSummary("The entities an id or any name means, each with its mentions (marsad entity NAME --json).");
        group.MapGet("/{id}/mentions", Mentions).WithName("ListEntityMentions")
            .WithSummary("The mentions of one entity, newest article first, each with its sentence and spans into the original text.");
        return app;
    }

    public static JsonView List(StoreAccess stores, string? type, int? limit)
    {
        var view = stores.Read(store => EntitiesView.Read(store, type, limit ?? 50));
        return new JsonView(view.Write);
    }

    public static JsonView Get(StoreAccess stores, string name, int? limit)
    {
        var view = stores.Read(store => EntityView.Read(store, name, limit ?? 20));
        return new JsonView(view.Write);
    }

    public static JsonView Mentions(StoreAccess stores, string id, int? limit)
    {
        var count = ViewJson.CheckLimit(limit ?? 100, EntityView.MaxLimit);
        var mentions = stores.Read(store =>
        {
            var repository = new EntityRepository(store);
            if (repository.Get(id) is null)
                throw new ViewException(ViewException.EntityNotFound, ViewFailure.NotFound, $"No stored entity has the id '{id}'; GET /api/entities lists them.");
            return repository.Mentions(id, count);
        });
        return new JsonView(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteStartArray("mentions");
            foreach (var m in mentions) EntityView.WriteMention(m, w);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
