using Marsad.Text.Normalization;

namespace Marsad.Time.Recognition;

/// <summary>
/// The grammar's function words (prepositions, «الساعة», «عام»): part of the grammar's shape rather than of
/// the vocabulary, so they live beside it. Kept in MatchingKey form, as tokens are.
/// </summary>
internal static class Glue
{
    public static readonly string Min = K("من");
    public static readonly string Ila = K("إلى");
    /// <summary>«بعد 25 عامًا على سقوط»: the preposition that counts a length since an event.</summary>
    public static readonly string Ala = K("على");
    public static readonly string Hatta = K("حتى");
    public static readonly string Aw = K("أو");
    public static readonly string Lighayat = K("لغاية");
    public static readonly string Lam = K("ل");
    public static readonly string Bayna = K("بين");
    public static readonly string Wa = K("و");
    public static readonly string Fi = K("في");
    public static readonly string Yawm = K("يوم");
    public static readonly string Kull = K("كل");
    public static readonly string Shahr = K("شهر");
    public static readonly string Saa = K("الساعة");
    public static readonly string Tamam = K("تمام");
    public static readonly string Muwafiq = K("الموافق");
    public static readonly string Nisf = K("النصف");
    public static readonly string Rub = K("الربع");
    public static readonly string WaNisf = K("ونصف");
    public static readonly string WaRub = K("وربع");
    public static readonly string Illa = K("إلا");
    public static readonly string RubAcc = K("ربعا");
    public static readonly string Qarn = K("القرن");
    /// <summary>«فصل الصيف»: the word for a season of the year.</summary>
    public static readonly string Fasl = K("فصل");
    public static readonly string TheFasl = K("الفصل");
    public static readonly string TheAsr = K("العصر");
    public static readonly string Fraction1 = K("نصف");
    public static readonly string Fraction2 = K("ربع");
    public static readonly string Layla = K("ليلة");
    /// <summary>«كانت مساءً»: the evening written without the alif of the accusative.</summary>
    public static readonly string Masaa = K("مساء");
    /// <summary>«ثاني أيام العيد»: the plural of days after an ordinal that heads a feast.</summary>
    public static readonly HashSet<string> Ayyam = Set("أيام", "ايام");
    public static readonly string Yawmay = K("يومي");
    /// <summary>«شهري رجب وشعبان»: the dual of «شهر» before two month names.</summary>
    public static readonly string Shahray = K("شهري");
    /// <summary>The Arabic decimal sign as wire copy writes it between digits («33ر06»).</summary>
    public static readonly string DecimalSign = K("ر");
    public static readonly string Qabl = K("قبل");
    /// <summary>«قبل أن يغادر»: the particle of the subjunctive.</summary>
    public static readonly string An = K("أن");
    public static readonly string Al = K("ال");
    public static readonly string Abd = K("عبد");
    /// <summary>«الأشهر السبعة الأولى من عام 2015»: the first months of a year, a stretch of it.</summary>
    public static readonly string FirstFeminine = K("الأولى");
    /// <summary>«بن»، «ابن»، «بنت»: a name follows; the word after that name may be a family name.</summary>
    public static readonly HashSet<string> SonOf = Set("بن", "ابن", "بنت");
    public static readonly string Ams = K("أمس");
    public static readonly string Awwal = K("أول");
    public static readonly HashSet<string> TimeZone = Set("بتوقيت", "توقيت");
    public static readonly HashSet<string> Last = Set("الأخير", "الأخيرة");
    public static readonly string AlLayla = K("الليلة");
    /// <summary>«القرن التاسع قبل الميلاد»: the era a century may be counted before.</summary>
    public static readonly string Era = K("الميلاد");
    /// <summary>«عاماً بعد عام»: the word between a unit and its repetition.</summary>
    public static readonly string Baad = K("بعد");
    /// <summary>«قريبا» (soon), which before «من» is nearness («قريبا من مستواه»), unlike «مستقبلا من».</summary>
    public static readonly string Soon = K("قريبا");
    /// <summary>«غرة شهر رمضان»: the first day of a month.</summary>
    public static readonly string Ghurra = K("غرة");
    /// <summary>«عاماً بعد آخر»: «another» standing for the unit repeated.</summary>
    public static readonly HashSet<string> AnotherOne = Set("آخر", "أخرى");
    /// <summary>The feminine ending (ة in MatchingKey form), which a clock hour carries to agree with الساعة.</summary>
    public static readonly string FeminineEnding = K("ساعة")[^1..];

    /// <summary>Words of praise that follow a feast's name and belong to it (عيد الفطر المبارك، عيد الميلاد المجيد).</summary>
    public static readonly HashSet<string> HolidayPraise = Set("المبارك", "السعيد", "المجيد", "الشريف");
    /// <summary>Words a year follows: «عام 2010»; a sports or farming season is named by its year too («موسم 2008»، «مواسم 1981، 1987»).</summary>
    public static readonly HashSet<string> YearWords = Set("عام", "العام", "سنة", "السنة", "عامي", "سنتي", "لعام", "لسنة", "موسم", "لموسم", "مواسم", "موسمي");
    public static readonly HashSet<string> HijriMarks = Set("ه", "هجري", "هجرية", "للهجرة");
    public static readonly HashSet<string> MiladiMarks = Set("م", "ميلادي", "ميلادية", "للميلاد");
    /// <summary>«بعد ثلاثة أسابيع من الآن»: counted from the moment of writing, not from an event.</summary>
    public static readonly HashSet<string> Now = Set("الآن", "اليوم");
    public static readonly HashSet<string> Several = Set("عدة", "بضعة", "بضع");
    public static readonly HashSet<string> One = Set("واحد", "واحدة", "واحدا");

    /// <summary>Words after which a bare number or a name shared with ordinary words (مارس) reads as a time.</summary>
    public static readonly HashSet<string> TimePrepositions =
        Set("في", "وفي", "منذ", "ومنذ", "حتى", "خلال", "قبل", "بعد", "بين", "من", "إلى", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية", "شهر", "وشهر", "بشهر", "لشهر");

    /// <summary>Words that end an event phrase («من إعلانه قطع العلاقات مع طهران» stops before مع).</summary>
    public static readonly HashSet<string> EventStops =
        Set("في", "على", "مع", "إلى", "عن", "ضد", "التي", "الذي", "الذين", "بعد", "قبل", "من", "و", "أو", "ثم", "حيث", "إذ", "لكن", "أن", "إن", "كما", "وفي");

    /// <summary>Glue words that can begin an expression (يوم الأحد، الساعة 10، شهر مايو، بين 2014 و2018، عام 2010).</summary>
    public static readonly HashSet<string> Starters = new(new[] { Yawm, Saa, Shahr, Bayna, Min, Kull, Yawmay, Shahray, Al, Rub, Nisf, Fasl, TheFasl, Ghurra }.Concat(YearWords).Concat(Several), StringComparer.Ordinal);

    private static string K(string word) => MatchingKey.Of(word);

    private static HashSet<string> Set(params string[] words) => new(words.Select(K), StringComparer.Ordinal);
}
