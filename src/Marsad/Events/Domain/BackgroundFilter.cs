using System.Globalization;
using Marsad.Time;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops the acts the outlet tells in its own voice as background from well before the news: «اتخذت مظاهرات … طابعاً
/// عنيفاً قبل عام», «شاباً أدين بالمشاركة في احتجاجات عام 2022», «الموصل التي استولى عليها التنظيم الصيف الماضي». Both
/// development sets code no background event from before the news year (eval/README.md §3.1, the SaudiNewsNet guide
/// §4.1: the 2011 contract, the 2013 storming, the protests «قبل عام»), while an act of a few months ago is coded (an
/// abduction in February of a July article). An act dated only by an earlier year («عام 2022», «قبل عام»), or by a month
/// or day of an earlier year more than <see cref="RecentMonths"/> months before the article's date, is background; the
/// article's date is the one its relative times were resolved against, the publication date the time step
/// settled on (none: nothing is dropped; an article of written years only is judged by it too), and the year must be
/// written or counted in the sentence, not inferred for a bare day or month. Only asserted acts: an old act claimed,
/// alleged or denied («باستخدام أسلحة كيميائية خلال العام الماضي، وهو ما نفته الحكومة») is what today's statement is about.
/// Runs after the dates are set (<see cref="EventSetting"/>, <see cref="NarrativeDate"/>).
/// </summary>
public sealed class BackgroundFilter
{
    private const int RecentMonths = 6;

    /// <summary>Drops the background acts of <paramref name="drafts"/>; <paramref name="published"/> is the article's date
    /// (<see cref="EventInput.Published"/>), the one its relative times were resolved against.</summary>
    public void Filter(EventText text, List<DraftEvent> drafts, DateOnly? published)
    {
        if (published is not { } today) return;
        drafts.RemoveAll(d => d.Modality == EventModality.Asserted && Latest(d.Date) is { } latest && latest.Year < today.Year
                              && (d.Date!.Length == 4 || latest < today.AddMonths(-RecentMonths)) && YearGiven(text, d));
    }

    // The year comes from the text («عام 2022», «قبل عام»), not guessed for a bare day or month («29 يونيو الماضي»),
    // which a wrong anchor would date a year off: a time of the trigger's sentence with that date whose year was not inferred.
    private static bool YearGiven(EventText text, DraftEvent draft)
    {
        var sentence = text.Sentences[draft.Trigger.Sentence];
        var span = text.Span(sentence.FirstToken, Math.Min(sentence.EndToken, text.Tokens.Count));
        return text.Times.Any(t => t.Span.Start >= span.Start && t.Span.End <= span.End && !t.Has(TimeFlags.YearInferred)
                                   && t.Value.Length >= 4 && draft.Date!.StartsWith(t.Value[..4], StringComparison.Ordinal));
    }

    // The last day of a date written YYYY, YYYY-MM or YYYY-MM-DD.
    private static DateOnly? Latest(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date[..4], out var year) || year < 1) return null;
        if (date.Length >= 7 && int.TryParse(date[5..7], out var month) && month is >= 1 and <= 12)
            return date.Length >= 10 && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, 12, 31);
    }
}
