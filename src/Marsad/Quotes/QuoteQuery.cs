namespace Marsad.Quotes;

/// <summary>
/// Which stored quotes to list: by speaker (entity ids, or words of an unnamed source), outlet, and publication
/// dates (inclusive days); newest first, at most <see cref="Limit"/>.
/// </summary>
public sealed record QuoteQuery
{
    public IReadOnlyList<string>? SpeakerIds { get; init; }

    /// <summary>Matched on the speaker's words when no entity is called so (مصدر مطلع).</summary>
    public string? SpeakerText { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 50;

    /// <summary>Keyset paging: only quotes listed after this one (its article and quote id) in the list's order.</summary>
    public (string ArticleId, string QuoteId)? After { get; init; }
}
