namespace Marsad.Reporting;

/// <summary>How a piece of a readable report is shown; the terminal maps each to a colour.</summary>
public enum ReportStyle
{
    Text,
    Muted,
    Label,
    Value,
    Warning,
}

/// <summary>A run of report text in one style. Text is plain: the renderer escapes it, so article text stays inert.</summary>
public readonly record struct ReportSpan(string Text, ReportStyle Style = ReportStyle.Text)
{
    public static implicit operator ReportSpan(string text) => new(text);
}

/// <summary>One titled section of the readable report of an article (entities, times, quotes…), as lines of spans.</summary>
public sealed class ReportSection(string title)
{
    private readonly List<IReadOnlyList<ReportSpan>> _lines = [];

    public string Title { get; } = title;

    public IReadOnlyList<IReadOnlyList<ReportSpan>> Lines => _lines;

    public ReportSection Line(params ReportSpan[] spans)
    {
        _lines.Add(spans);
        return this;
    }
}
