using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>
/// Finds time expressions in scanned tokens: at each token every rule family is tried and the longest parse wins,
/// then scanning resumes after it. Each family of rules is its own type (<see cref="DateRules"/>, <see cref="DurationRules"/>…)
/// over the same tokens; the grammar builds them in dependency order and asks each at every token.
/// Hand-written because no library reads Arabic dates (dateparser's Arabic support is a word list, see bench/time).
/// </summary>
internal sealed class TimeGrammar
{
    private readonly TimeToken[] t;
    private readonly TimeLexicon lx;
    private readonly DateRules dates;
    private readonly SeasonRules seasons;
    private readonly HolidayRules holidays;
    private readonly RelativeRules relative;
    private readonly DurationRules durations;
    private readonly OperatorRules operators;
    private readonly ClockRules clock;
    private readonly RangeRules ranges;

    public TimeGrammar(TimeToken[] tokens, TimeLexicon lexicon)
    {
        t = tokens;
        lx = lexicon;
        var numbers = new NumberRules(t, lx);
        dates = new DateRules(t, lx, numbers);
        seasons = new SeasonRules(t, lx, dates);
        holidays = new HolidayRules(t, lx, dates);
        relative = new RelativeRules(t, lx, numbers, dates, seasons);
        durations = new DurationRules(t, lx, numbers, dates);
        operators = new OperatorRules(t, lx, dates, relative, durations);
        clock = new ClockRules(t, lx, numbers, dates, holidays, relative);
        ranges = new RangeRules(t, lx, dates, relative, operators, clock);
    }

    public TimeToken[] Tokens => t;

    public List<Parse> FindAll()
    {
        var found = new List<Parse>();
        var i = 0;
        while (i < t.Length)
        {
            var best = CanStart(i) ? Best(i) : null;
            if (best is null) { i++; continue; }
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    /// <summary>Most words are not time words: skip them before trying every rule.</summary>
    private bool CanStart(int i)
    {
        if (!t[i].IsWord) return true;
        foreach (var (word, _) in t[i].Readings)
            if (lx.StartsWord(word) || Glue.Starters.Contains(word) || lx.SameBefore.Contains(word)
                || (word.StartsWith(Glue.Al, StringComparison.Ordinal) && (lx.Units.StartsWith(word.AsSpan(2)) || lx.Numbers.StartsWith(word.AsSpan(2)))))
                return true;
        return false;
    }

    private Parse? Best(int i)
    {
        Parse? best = null;
        Consider(ranges.Range(i));
        Consider(ranges.DayList(i));
        Consider(operators.Operator(i));
        Consider(clock.DateAndTime(i));
        Consider(relative.Modified(i));
        Consider(relative.Relative(i));
        Consider(clock.Clock(i));
        Consider(clock.PartOfDayRef(i));
        Consider(durations.SetExpression(i));
        Consider(durations.StandaloneDuration(i));
        Consider(durations.LengthRange(i));
        Consider(durations.ApproximateDuration(i));
        Consider(durations.LamPluralLength(i));
        Consider(durations.LevelDuration(i));
        Consider(relative.Decade(i));
        Consider(relative.Century(i));
        Consider(seasons.Season(i));
        Consider(holidays.Holiday(i));
        Consider(relative.PartOfYearRef(i));
        Consider(durations.DefiniteDuration(i));
        Consider(durations.Age(i));
        Consider(durations.AnotherPeriod(i));
        Consider(operators.StandaloneYear(i));
        Consider(relative.Vague(i));
        return best;

        void Consider(Parse? p)
        {
            if (p is not null && (best is null || p.End > best.End)) best = p;
        }
    }
}
