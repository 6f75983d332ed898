namespace Marsad.Time;

public sealed record TimeOptions
{
    /// <summary>Resolve every article against this date instead of its publication date (tests, replays).</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>When an article has no publication date, estimate one from its content (see <see cref="ArticleDater"/>).</summary>
    public bool EstimateMissingPublication { get; init; } = true;
}
