using Marsad.Entities;
using Marsad.Events;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Export;

/// <summary>
/// Which facts an export covers: the articles (<see cref="ArticleFilter"/>: outlet, publication dates), and the filters
/// of the command listing that kind of fact (<c>marsad events --type --modality --actor --target</c>, <c>marsad quotes
/// --speaker</c>). A table export names the fact filters it honours (<see cref="ITableExport.Filters"/>); giving one it
/// does not is refused, never silently ignored.
/// </summary>
public sealed record ExportFilter(ArticleFilter Articles)
{
    public static readonly ExportFilter All = new(ArticleFilter.All);

    /// <summary>A PLOVER type in capitals (AGREE … ASSAULT).</summary>
    public PloverType? Type { get; init; }

    public EventModality? Modality { get; init; }

    /// <summary>The event's source: entity ids it may carry, or an ISO alpha-3 country.</summary>
    public ActorFilter? Actor { get; init; }

    public ActorFilter? Target { get; init; }

    /// <summary>The quote's speaker: entity ids, or words of an unnamed source («مصدر»).</summary>
    public ActorFilter? Speaker { get; init; }

    /// <summary>The fact filters set, by the name the table declares.</summary>
    public IEnumerable<string> Set()
    {
        if (Type is not null) yield return "type";
        if (Modality is not null) yield return "modality";
        if (Actor is not null) yield return "actor";
        if (Target is not null) yield return "target";
        if (Speaker is not null) yield return "speaker";
    }

    /// <summary>The filter of a command line or a query string, each value as the user wrote it (null when absent).</summary>
    public static ExportFilter Of(ArticleFilter articles, string? type = null, string? modality = null, string? actor = null, string? target = null,
        string? speaker = null) => new(articles)
    {
        Type = string.IsNullOrWhiteSpace(type) ? null : ParseType(type.Trim()),
        Modality = string.IsNullOrWhiteSpace(modality) ? null : ParseModality(modality.Trim()),
        Actor = ActorFilter.Of(actor),
        Target = ActorFilter.Of(target),
        Speaker = ActorFilter.Of(speaker),
    };

    public static PloverType ParseType(string text) =>
        Enum.TryParse<PloverType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(text, out _)
            ? type
            : throw ViewException.Invalid($"Unknown event type '{text}': use one of {string.Join(", ", Enum.GetNames<PloverType>())}.");

    public static EventModality ParseModality(string text) =>
        EventModalities.TryParse(text, out var modality) && !int.TryParse(text, out _)
            ? modality
            : throw ViewException.Invalid($"Unknown modality '{text}': use asserted, reported, alleged, denied, planned or negated.");
}

/// <summary>
/// An actor or speaker as the user named it: an entity id (gpe:iran) or any name of an entity (resolved in the store as
/// <c>marsad events --actor</c> and <c>marsad quotes --speaker</c> do), an ISO alpha-3 country code for event actors,
/// or words of an unnamed source for speakers.
/// </summary>
public sealed record ActorFilter(string Text)
{
    public IReadOnlyList<string> EntityIds(MarsadStore store)
    {
        // The words themselves as an id too: facts may name an entity the entities table does not hold (yet).
        var entities = new EntityRepository(store);
        return entities.Get(Text) is not null ? [Text] : [Text, .. entities.FindByName(Text).Select(e => e.Id).Where(id => id != Text)];
    }

    public static ActorFilter? Of(string? text) => string.IsNullOrWhiteSpace(text) ? null : new ActorFilter(text.Trim());
}
