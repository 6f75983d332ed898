using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Time.Recognition;

/// <summary>
/// The grammar's function words (prepositions, «الساعة», «عام»), each named for what the rules do with it and read
/// from Resources/Time/grammar-words.tsv by that name. Kept in MatchingKey form, as tokens are.
/// </summary>
internal static class Glue
{
    private const string File = "grammar-words.tsv";
    // Declared first: static fields initialize in the order they are written, and every field below reads a row.
    private static readonly Dictionary<string, string[]> s_rows = Load();
    private static readonly HashSet<string> s_unread = [.. s_rows.Keys];

    public static readonly string Min = Word(nameof(Min));
    public static readonly string Ila = Word(nameof(Ila));
    /// <summary>«بعد 25 عامًا على سقوط»: the preposition that counts a length since an event.</summary>
    public static readonly string Ala = Word(nameof(Ala));
    public static readonly string Hatta = Word(nameof(Hatta));
    public static readonly string Aw = Word(nameof(Aw));
    public static readonly string Lighayat = Word(nameof(Lighayat));
    public static readonly string Lam = Word(nameof(Lam));
    public static readonly string Bayna = Word(nameof(Bayna));
    public static readonly string Wa = Word(nameof(Wa));
    public static readonly string Fi = Word(nameof(Fi));
    public static readonly string Yawm = Word(nameof(Yawm));
    public static readonly string Kull = Word(nameof(Kull));
    public static readonly string Shahr = Word(nameof(Shahr));
    public static readonly string Saa = Word(nameof(Saa));
    public static readonly string Tamam = Word(nameof(Tamam));
    public static readonly string Muwafiq = Word(nameof(Muwafiq));
    public static readonly string Nisf = Word(nameof(Nisf));
    public static readonly string Rub = Word(nameof(Rub));
    public static readonly string WaNisf = Word(nameof(WaNisf));
    public static readonly string WaRub = Word(nameof(WaRub));
    public static readonly string Illa = Word(nameof(Illa));
    public static readonly string RubAcc = Word(nameof(RubAcc));
    public static readonly string Qarn = Word(nameof(Qarn));
    /// <summary>«فصل الصيف»: the word for a season of the year.</summary>
    public static readonly string Fasl = Word(nameof(Fasl));
    public static readonly string TheFasl = Word(nameof(TheFasl));
    public static readonly string TheAsr = Word(nameof(TheAsr));
    public static readonly string Fraction1 = Word(nameof(Fraction1));
    public static readonly string Fraction2 = Word(nameof(Fraction2));
    public static readonly string Layla = Word(nameof(Layla));
    /// <summary>«كانت مساءً»: the evening written without the alif of the accusative.</summary>
    public static readonly string Masaa = Word(nameof(Masaa));
    /// <summary>«ثاني أيام العيد»: the plural of days after an ordinal that heads a feast.</summary>
    public static readonly HashSet<string> Ayyam = Words(nameof(Ayyam));
    public static readonly string Yawmay = Word(nameof(Yawmay));
    /// <summary>«شهري رجب وشعبان»: the dual of «شهر» before two month names.</summary>
    public static readonly string Shahray = Word(nameof(Shahray));
    /// <summary>The Arabic decimal sign as wire copy writes it between digits («33ر06»).</summary>
    public static readonly string DecimalSign = Word(nameof(DecimalSign));
    public static readonly string Qabl = Word(nameof(Qabl));
    /// <summary>«قبل أن يغادر»: the particle of the subjunctive.</summary>
    public static readonly string An = Word(nameof(An));
    public static readonly string Al = Word(nameof(Al));
    public static readonly string Abd = Word(nameof(Abd));
    /// <summary>«الأشهر السبعة الأولى من عام 2015»: the first months of a year, a stretch of it.</summary>
    public static readonly string FirstFeminine = Word(nameof(FirstFeminine));
    /// <summary>«بن»، «ابن»، «بنت»: a name follows; the word after that name may be a family name.</summary>
    public static readonly HashSet<string> SonOf = Words(nameof(SonOf));
    public static readonly string Ams = Word(nameof(Ams));
    public static readonly string Awwal = Word(nameof(Awwal));
    public static readonly HashSet<string> TimeZone = Words(nameof(TimeZone));
    public static readonly HashSet<string> Last = Words(nameof(Last));
    public static readonly string AlLayla = Word(nameof(AlLayla));
    /// <summary>«القرن التاسع قبل الميلاد»: the era a century may be counted before.</summary>
    public static readonly string Era = Word(nameof(Era));
    /// <summary>«ق.م»: the first letter of «قبل» in the abbreviation of «قبل الميلاد» (the «م» is a Miladi mark).</summary>
    public static readonly string BeforeEraMark = Word(nameof(BeforeEraMark));
    /// <summary>«عاماً بعد عام»: the word between a unit and its repetition.</summary>
    public static readonly string Baad = Word(nameof(Baad));
    /// <summary>«قريبا» (soon), which before «من» is nearness («قريبا من مستواه»), unlike «مستقبلا من».</summary>
    public static readonly string Soon = Word(nameof(Soon));
    /// <summary>«غرة شهر رمضان»: the first day of a month.</summary>
    public static readonly string Ghurra = Word(nameof(Ghurra));
    /// <summary>«عاماً بعد آخر»: «another» standing for the unit repeated.</summary>
    public static readonly HashSet<string> AnotherOne = Words(nameof(AnotherOne));
    /// <summary>The feminine ending (ة in MatchingKey form), which a clock hour carries to agree with الساعة.</summary>
    public static readonly string FeminineEnding = Saa[^1..];

    /// <summary>Words of praise that follow a feast's name and belong to it (عيد الفطر المبارك، عيد الميلاد المجيد).</summary>
    public static readonly HashSet<string> HolidayPraise = Words(nameof(HolidayPraise));
    /// <summary>Words a year follows: «عام 2010»; a sports or farming season is named by its year too («موسم 2008»، «مواسم 1981، 1987»).</summary>
    public static readonly HashSet<string> YearWords = Words(nameof(YearWords));
    public static readonly HashSet<string> HijriMarks = Words(nameof(HijriMarks));
    public static readonly HashSet<string> MiladiMarks = Words(nameof(MiladiMarks));
    /// <summary>«بعد ثلاثة أسابيع من الآن»: counted from the moment of writing, not from an event.</summary>
    public static readonly HashSet<string> Now = Words(nameof(Now));
    public static readonly HashSet<string> Several = Words(nameof(Several));
    public static readonly HashSet<string> One = Words(nameof(One));

    /// <summary>Words after which a bare number or a name shared with ordinary words (مارس) reads as a time.</summary>
    public static readonly HashSet<string> TimePrepositions = Words(nameof(TimePrepositions));

    /// <summary>Words that end an event phrase («من إعلانه قطع العلاقات مع طهران» stops before مع).</summary>
    public static readonly HashSet<string> EventStops = Words(nameof(EventStops));

    /// <summary>Glue words that can begin an expression (يوم الأحد، الساعة 10، شهر مايو، بين 2014 و2018، عام 2010).</summary>
    public static readonly HashSet<string> Starters = new(new[] { Yawm, Saa, Shahr, Bayna, Min, Kull, Yawmay, Shahray, Al, Rub, Nisf, Fasl, TheFasl, Ghurra }.Concat(YearWords).Concat(Several), StringComparer.Ordinal);

    /// <summary>The one word of the file's row <paramref name="name"/>.</summary>
    private static string Word(string name)
    {
        var words = Row(name);
        if (words.Length != 1)
            throw new InvalidDataException($"MARSAD-T004 Resources/Time/grammar-words.tsv: the row {name} holds {words.Length} words; the grammar reads one word there.");
        return words[0];
    }

    /// <summary>The words of the file's row <paramref name="name"/>.</summary>
    private static HashSet<string> Words(string name) => new(Row(name), StringComparer.Ordinal);

    private static string[] Row(string name)
    {
        s_unread.Remove(name);
        return s_rows.TryGetValue(name, out var words) ? words
            : throw new InvalidDataException($"MARSAD-T004 Resources/Time/grammar-words.tsv has no row {name}; the time grammar reads it.");
    }

    /// <summary>Rows of the file no rule of the grammar reads: a test keeps this empty, so the file holds no dead words.</summary>
    internal static IReadOnlyCollection<string> UnreadRows => s_unread;

    private static Dictionary<string, string[]> Load()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (number, text) in LanguageFile.DataLines("Time", File))
        {
            var f = text.Split('\t');
            if (f.Length != 2 || !rows.TryAdd(f[0], [.. f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MatchingKey.Of)]))
                throw new InvalidDataException($"MARSAD-T004 Resources/Time/grammar-words.tsv line {number}: a row is a name not used before, a tab and its words.");
        }
        return rows;
    }
}
