using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.LanguageData;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// «فجّر انتحاري حزاماً ناسفاً داخل مسجد خلال صلاة الجمعة»: a weekly observance (Resources/Events/observances.tsv) that
/// an act is set within by «خلال/أثناء» names the day of the act, the most recent such weekday on or before the article's
/// date, as a bare weekday is read. The time step leaves the weekday of «صلاة الجمعة» unread (the prayer is no date),
/// so the day is an event's setting, given here as a time expression the date rules of <see cref="EventSetting"/> weigh
/// like any other.
/// </summary>
public sealed class ObservanceDays(EventLanguage language)
{
    private const string Rule = "observance";

    private static readonly PhraseIndex<int> s_observances = new(LanguageFile.DataLines("Events", "observances.tsv")
        .Select(l => l.Text.Split('\t'))
        .Select(f => (PatternParser.Parse(f[0].Trim()), int.Parse(f[1].Trim(), System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The observances set after a word of «during» in <paramref name="text"/>, each as the day it names.</summary>
    public IReadOnlyList<TimeExpression> Find(EventText text, DateOnly? anchor)
    {
        if (anchor is not { } day) return [];
        List<TimeExpression>? found = null;
        foreach (var sentence in text.Sentences)
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (text.IsSkippable(t) || s_observances.MatchAt(text.Words, t, sentence.EndToken) is not { } match || !During(text, t, sentence.FirstToken)) continue;
                var span = text.Span(match.First, match.End);
                var date = IsoWeekday.OnOrBefore(day, match.Value);
                (found ??= []).Add(new TimeExpression(span, text.Text[span.Start..span.End], TimexType.Date,
                    date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), TimeGranularity.Day, anchor, Rule, []));
                t = match.End - 1;
            }
        return found ?? [];
    }

    // «خلال صلاة الجمعة», «أثناء أداء صلاة الجمعة»: the word of «during» right before, or one word before that.
    private bool During(EventText text, int token, int start)
    {
        var before = ClauseSyntax.PreviousWord(text, token - 1, start);
        for (var i = 0; i < 2 && before >= start; i++, before = ClauseSyntax.PreviousWord(text, before - 1, start))
            if (language.IsCue("during", text.Words[before])) return true;
        return false;
    }

}
