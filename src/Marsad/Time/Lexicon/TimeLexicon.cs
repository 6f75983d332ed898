using System.Globalization;
using Marsad.LanguageData;
using Marsad.Time.Recognition;

namespace Marsad.Time.Lexicon;

internal sealed record MonthName(int Number, MonthSeries Series, bool Ambiguous);

internal enum MonthSeries { Western, Levantine, Hijri }

/// <param name="OnlyAfterYawm">The bare form is also a numeral or pronoun «كل» quantifies («كل أحد» everyone): a weekday only after يوم.</param>
internal sealed record WeekdayName(int IsoDay, bool NeedsDayWord, bool AlsoNumeral = false, bool OnlyAfterYawm = false);

internal sealed record NumberWord(decimal Value, string Kind);

/// <summary>A unit word; <see cref="Count"/> is 1 (شهر) or 2 (شهرين) when the word alone says how many, null when a number must precede it.</summary>
internal sealed record UnitWord(TimeUnit Unit, int? Count);

internal sealed record RelativeWord(string Category, string Value);

/// <summary>The past, present or future as a noun (TIMEX3 value); <see cref="Paired"/>: read only joined by و to another («حاضر ومستقبل الوطن»).</summary>
internal sealed record EraWord(string Value, bool Paired);

/// <summary>
/// A holiday by the rule of Resources/Time/holidays.tsv: its day of a Hijri or Gregorian month. <paramref name="Other"/> is a second rule when the name means
/// whichever of two feasts is nearer («العيد»: الفطر or الأضحى); such a name is read only after a word of the day
/// (<paramref name="NeedsDayWord"/>: «ليلة العيد»، «صلاة العيد»، «ثاني أيام العيد»).
/// </summary>
internal sealed record HolidayName(int Month, int Day, bool Hijri, (int Month, int Day)? Other = null, bool NeedsDayWord = false);

/// <summary>A season: its TIMEX3 code (SU) and the month it begins in.</summary>
internal sealed record SeasonName(string Code, int StartMonth);

internal enum TimeUnit { Year, Month, Week, Day, Hour, Minute, Second, Decade, Century }

/// <summary>
/// The Arabic time vocabulary, read once from the data files in Resources/Time (see each file's header).
/// Immutable after loading, so one instance serves every thread.
/// </summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> s_default = new(Load);

    public static TimeLexicon Default => s_default.Value;

    public PhraseTable<MonthName> Months { get; } = new();
    public PhraseTable<WeekdayName> Weekdays { get; } = new();
    public PhraseTable<NumberWord> Numbers { get; } = new();
    public PhraseTable<UnitWord> Units { get; } = new();
    public PhraseTable<RelativeWord> Relative { get; } = new();
    public PhraseTable<int> Decades { get; } = new();
    public PhraseTable<SeasonName> Seasons { get; } = new();
    public PhraseTable<HolidayName> Holidays { get; } = new();

    /// <summary>
    /// The past, present and future named as nouns (الماضي، الحاضر، المستقبل، مستقبلنا), value PAST_REF/PRESENT_REF/
    /// FUTURE_REF; relative.tsv, category era. Apart from <see cref="Relative"/>, where «الماضي» is a direction.
    /// </summary>
    public PhraseTable<EraWord> Eras { get; } = new();

    /// <summary>
    /// Words after a day or period noun that count from the story's last date, not the anchor: the same one (0, «اليوم
    /// نفسه») or the next (1, «العام التالي»). Keyed by MatchingKey; relative.tsv, category story.
    /// </summary>
    public Dictionary<string, int> StoryWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The story word or two-word relative clause («الذي سبقه») at <paramref name="at"/>: its count and its length in
    /// tokens (0 when there is none). Keys of two words are joined by a space (<see cref="StoryKey"/>).
    /// </summary>
    public (int Direction, int Length) StoryWordAt(TimeToken[] tokens, int at)
    {
        if (at + 1 < tokens.Length && tokens[at].IsWord && tokens[at + 1].IsWord
            && StoryWords.TryGetValue(StoryKey([tokens[at].Key, tokens[at + 1].Key]), out var clause)) return (clause, 2);
        if (at < tokens.Length && StoryWords.TryGetValue(tokens[at].Key, out var word)) return (word, 1);
        return (0, 0);
    }

    private static string StoryKey(IEnumerable<string> keys) => string.Join(' ', keys);

    /// <summary>Words before a period noun that make it the story's same one (نفس الفترة، ذات الشهر); relative.tsv, category same.</summary>
    public HashSet<string> SameBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Words before a period that make it the term the story's period is compared with, not the story's period
    /// («ارتفع الإنتاج في الربع الثاني مقارنة مع الربع الأول»); relative.tsv, category compared.
    /// </summary>
    public HashSet<string> ComparedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of a measured level after a comparative (أدنى مستوى، أعلى سعر); relative.tsv, category level.</summary>
    public HashSet<string> LevelNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of an amount measured over a period (الإيرادات السنوية), after which a definite adjective of repetition is no recurrence; relative.tsv, category amount.</summary>
    public HashSet<string> AmountNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of an activity that lasts (النقاش، الغياب، النمو): a length «من» one is how long it went on; relative.tsv, category activity.</summary>
    public HashSet<string> ActivityNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of an event held in editions or a plan named by its year (كأس، مونديال، رؤية), and of the born
    /// (مواليد), a bare year after which is a year; relative.tsv, categories edition and born.</summary>
    public HashSet<string> EditionWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns after which «العام» is the adjective "general" (المدير العام السابق); relative.tsv, category general.</summary>
    public HashSet<string> GeneralBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Adjectives after a period noun that make it a school, financial or training year (العام الدراسي، السنة
    /// المالية), not the calendar's; relative.tsv, category kind.</summary>
    public HashSet<string> PeriodKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>The kinds of <see cref="PeriodKinds"/> that make it a financial year (العام المالي، السنة المالية): with a
    /// direction after them («العام المالي الجاري») news reports it as that calendar year; relative.tsv, category kind, value fiscal.</summary>
    public HashSet<string> FiscalKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after «اليوم» that make it a day they describe, not today (اليوم الذي، اليوم الواحد); relative.tsv, category qualifier.</summary>
    public HashSet<string> DayQualifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right before a bare «العيد» that make it the feast's day (صلاة العيد، هذا العيد); relative.tsv, category feastday.</summary>
    public HashSet<string> FeastDayWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right before a bare «العيد» that make it the feast only after an operator of throughout (طوال أيام العيد); relative.tsv, category feastspan.</summary>
    public HashSet<string> FeastSpanWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right before a bare «العصر» that make it the present age, not the afternoon (متطلبات العصر، يواكب العصر); relative.tsv, category age.</summary>
    public HashSet<string> AgeBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right before «الاثنين» that make it the numeral «the two» (هذين، كلا); relative.tsv, category pair, value before.</summary>
    public HashSet<string> PairBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Words right after «الاثنين» that make it the numeral «the two» (معا، كليهما); relative.tsv, category pair, value after.</summary>
    public HashSet<string> PairAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of a coming event that make a bare weekday after them in their sentence the next one (سوف، يستعد: true),
    /// and the verb of being that tells such a plan in the past (كان: false); relative.tsv, category coming.</summary>
    public Dictionary<string, bool> ComingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns after which a bare month is the next one, the delivery month of a futures contract (تسليم ديسمبر); relative.tsv, category delivery.</summary>
    public HashSet<string> DeliveryWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after which a weekday or month name is not a date (صلاة الجمعة).</summary>
    public HashSet<string> NotTimeBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of a place or body that a day and month without a year name (مدينة 6 أكتوبر); not-time-contexts.tsv, class named.</summary>
    public HashSet<string> NamedByDate { get; } = new(StringComparer.Ordinal);

    /// <summary>True when some phrase of the vocabulary begins with <paramref name="word"/>.</summary>
    public bool StartsWord(string word) =>
        Months.StartsWith(word) || Weekdays.StartsWith(word) || Numbers.StartsWith(word) || Units.StartsWith(word)
        || Relative.StartsWith(word) || Decades.StartsWith(word) || Seasons.StartsWith(word) || Holidays.StartsWith(word) || Eras.StartsWith(word);

    private static TimeLexicon Load()
    {
        var lexicon = new TimeLexicon();
        foreach (var f in Rows("months.tsv"))
        {
            var series = f[2] switch
            {
                "western" => MonthSeries.Western,
                "levantine" => MonthSeries.Levantine,
                "hijri" => MonthSeries.Hijri,
                _ => throw Bad("months.tsv", f),
            };
            lexicon.Months.Add(f[0], new MonthName(int.Parse(f[1], CultureInfo.InvariantCulture), series, f.Length > 3 && f[3] == "ambiguous"));
        }
        foreach (var f in Rows("weekdays.tsv"))
            lexicon.Weekdays.Add(f[0], new WeekdayName(int.Parse(f[1], CultureInfo.InvariantCulture), f.Length > 2 && f[2] is "after_day_word" or "after_yawm",
                f.Length > 2 && f[2] == "also_numeral", f.Length > 2 && f[2] == "after_yawm"));
        foreach (var f in Rows("numbers.tsv"))
            lexicon.Numbers.Add(f[0], new NumberWord(decimal.Parse(f[1], CultureInfo.InvariantCulture), f[2]));
        foreach (var f in Rows("units.tsv"))
            lexicon.Units.Add(f[0], new UnitWord(ParseUnit(f[1]), f[2] == "n" ? null : int.Parse(f[2], CultureInfo.InvariantCulture)));
        foreach (var f in Rows("relative.tsv"))
        {
            if (f[0] == "story") lexicon.StoryWords[StoryKey(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Text.Normalization.MatchingKey.Of))] = int.Parse(f[2], CultureInfo.InvariantCulture);
            else if (f[0] == "same") lexicon.SameBefore.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "compared") lexicon.ComparedWords.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "level") lexicon.LevelNouns.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "amount") lexicon.AmountNouns.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "activity") lexicon.ActivityNouns.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] is "edition" or "born") lexicon.EditionWords.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "general") lexicon.GeneralBefore.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "qualifier") lexicon.DayQualifiers.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "kind")
            {
                lexicon.PeriodKinds.Add(Text.Normalization.MatchingKey.Of(f[1]));
                if (f[2] == "fiscal") lexicon.FiscalKinds.Add(Text.Normalization.MatchingKey.Of(f[1]));
            }
            else if (f[0] == "delivery") lexicon.DeliveryWords.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "feastday") lexicon.FeastDayWords.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "feastspan") lexicon.FeastSpanWords.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "age") lexicon.AgeBefore.Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "pair") (f[2] == "before" ? lexicon.PairBefore : lexicon.PairAfter).Add(Text.Normalization.MatchingKey.Of(f[1]));
            else if (f[0] == "coming") lexicon.ComingWords[Text.Normalization.MatchingKey.Of(f[1])] = f[2] != "-1";
            else if (f[0] == "era") lexicon.Eras.Add(f[1], new EraWord(f[2], f.Length > 3 && f[3] == "paired"));
            else lexicon.Relative.Add(f[1], new RelativeWord(f[0], f[2]));
        }
        foreach (var f in Rows("not-time-contexts.tsv"))
            (f.Length > 1 && f[1] == "named" ? lexicon.NamedByDate : lexicon.NotTimeBefore).Add(Text.Normalization.MatchingKey.Of(f[0]));
        foreach (var f in Rows("seasons.tsv"))
            lexicon.Seasons.Add(f[0], new SeasonName(f[1], int.Parse(f[2], CultureInfo.InvariantCulture)));
        foreach (var f in Rows("holidays.tsv"))
            lexicon.Holidays.Add(f[0], new HolidayName(int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                f[1] switch { "hijri" => true, "gregorian" => false, _ => throw Bad("holidays.tsv", f) },
                f.Length > 5 ? (int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture)) : null,
                f.Length > 6 && f[6] == "day_word"));
        foreach (var f in Rows("decades.tsv"))
            lexicon.Decades.Add(f[0], int.Parse(f[1], CultureInfo.InvariantCulture));
        return lexicon;
    }

    private static TimeUnit ParseUnit(string code) => code switch
    {
        "Y" => TimeUnit.Year,
        "M" => TimeUnit.Month,
        "W" => TimeUnit.Week,
        "D" => TimeUnit.Day,
        "H" => TimeUnit.Hour,
        "MIN" => TimeUnit.Minute,
        "S" => TimeUnit.Second,
        "DE" => TimeUnit.Decade,
        "CE" => TimeUnit.Century,
        _ => throw new InvalidDataException($"MARSAD-T001 Unknown time unit code '{code}' in Resources/Time/units.tsv; use Y, M, W, D, H, MIN, S, DE or CE."),
    };

    private static IEnumerable<string[]> Rows(string file) =>
        LanguageFile.DataLines("Time", file).Select(line => line.Text.Split('	'));

    private static InvalidDataException Bad(string file, string[] fields) =>
        new($"MARSAD-T003 Unreadable line in Resources/Time/{file}: '{string.Join("\\t", fields)}'; see the file's header for its columns.");
}
