using Marsad.Entities;

namespace Marsad.Stories;

/// <summary>
/// What a story term stands for, told by its first character (<see cref="StoryProfile.Terms"/>): a content word's stem
/// (body and title together), <c>^stem</c> a title word, <c>@id</c> an entity (a place when its id is a <c>loc:</c> one:
/// a city, region, sea; Entities/EntityType), <c>!type:source:target</c> a coded event, <c>%id</c> a city or
/// region the headline or lead names (<see cref="ArticleFocus"/>), <c>"speaker-id stem</c> a word a named speaker is quoted
/// saying (the quotes step's speakers: two outlets quoting one statement report one happening, even in their own words). Pair evidence compares each kind on its own (<see cref="PairEvidence"/>): places apart from
/// people, organisations and states, because two reports of one happening name its city or region even when they quote
/// different people, and two talks of one minister on consecutive days share him and the states discussed but not the
/// city (Berlin, then Moscow). Focus and quote terms are evidence only: they take no part in the overall cosine and do
/// not index an article.
/// </summary>
public enum TermKind : byte
{
    Word,
    Title,
    Entity,
    Event,
    Place,
    FocusPlace,
    Quote,
}

public static class TermKinds
{
    public const int Count = 7;

    public const char FocusPrefix = '%';

    /// <summary>Prefix of a quote term, <c>"speaker-id stem</c>: a content word a named speaker is quoted saying.</summary>
    public const char QuotePrefix = '"';

    public static TermKind Of(string term) => term.Length == 0 ? TermKind.Word : term[0] switch
    {
        '^' => TermKind.Title,
        '@' => IsPlaceEntity(term[1..]) ? TermKind.Place : TermKind.Entity,
        '!' => TermKind.Event,
        FocusPrefix => TermKind.FocusPlace,
        QuotePrefix => TermKind.Quote,
        _ => TermKind.Word,
    };

    /// <summary>Whether a kind counts in the overall cosine and may index an article (words, entities, places, events).</summary>
    public static bool IsContent(TermKind kind) => kind is TermKind.Word or TermKind.Entity or TermKind.Event or TermKind.Place;

    /// <summary>Whether an entity id names a place (a city, region or sea: a <c>loc:</c> id), not a state, person or organisation.</summary>
    public static bool IsPlaceEntity(string entityId) => EntityId.Is(entityId, EntityType.LOC);
}
