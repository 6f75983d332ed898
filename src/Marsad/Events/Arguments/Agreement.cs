using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// Gender and number agreement between a verb or a pronoun and the phrase it may stand for. A verb agrees with its
/// subject, and a pronoun subject («قال الوزير إنها ترفض») with its antecedent, so a phrase that cannot agree is the
/// verb's object («وطالب السلطات», «وطالبت البنك»), and no antecedent of the pronoun. Only what the written forms show is
/// read: a head in ة or ات is feminine; a definite common noun with neither ending, no sound plural ending and no listed
/// broken plural (Text/broken-plurals.tsv: broken plurals of things take a feminine verb, «طالبت الفصائل») is masculine
/// singular; names (states, groups, people) may be either and agree with anything.
/// </summary>
public sealed class Agreement(EventLanguage language)
{
    /// <summary>
    /// A phrase headed by a definite common noun in the masculine sound plural or dual ending ون / ين («المواطنين»,
    /// «المسؤولون», «الطرفين»; not a feminine dual in تين / تان): no feminine perfect has it for subject, since a verb
    /// before a masculine sound plural stays masculine («وناشد المسؤولون», «وناشدت المواطنين» is the object).
    /// </summary>
    public bool MasculinePluralHead(EventText text, ActorPhrase phrase)
    {
        if (phrase.Adjectival || phrase.IsPlace || phrase.EntityId is not null) return false;
        var head = Head(text, phrase);
        if (!text.Words[head].IsDefinite) return false;
        var written = text.Tokens[head].Normalized;
        return SoundPluralEnding.Masculine(written, minLength: 6) && !written.EndsWith("تين", StringComparison.Ordinal);
    }

    /// <summary>The person, gender and number of an attached pronoun (complementiser «إنها», «أنه», «أنهم»), as far as it shows.</summary>
    public enum Pronoun { Unknown, Masculine, Feminine, Plural, Dual }

    /// <summary>
    /// A verb in the 3rd person masculine singular: the imperfect in ي («يطالب»), or a perfect with no person ending and no
    /// prefix an imperfect or a form V/VI perfect shares («طالب», «أدان»). Perfects in ت are left out: «سكت» is masculine too.
    /// </summary>
    public static bool MasculineVerb(EventText text, int token, bool narrative = false)
    {
        var key = CliticSegmenter.WithoutConjunction(text.Tokens[token].Key, 3);
        if (key.Length < 3) return false;
        if (key[0] == 'ي') return !key.EndsWith("ون", StringComparison.Ordinal) && !key.EndsWith("ان", StringComparison.Ordinal);
        // A perfect in أ or ا (أمهل، أدان، اعتقل) is masculine too; only a first-person imperfect (أطالب) shares its first
        // letter, and news speaks in the first person only inside quotes.
        if (key[0] == 'ا') return narrative && key.Length >= 4 && key[^1] is not ('ت' or 'ا' or 'و');
        return key[0] is not ('ت' or 'ن' or 'س') && key[^1] is not ('ت' or 'ا' or 'و');
    }

    /// <summary>
    /// A perfect in the 3rd person feminine singular, outside quotes (where ت is also «I» and «you»): a word of four
    /// letters or more in ت after a stem of three («طالبت», «أعلنت»; «ثبت» and «مات» are too short to be read). A perfect
    /// opening with ن is one too («ناشدت», «نددت»): only a first-person imperfect («نثبت») shares its first letter, and
    /// news speaks in the first person only inside quotes.
    /// </summary>
    public static bool FeminineVerb(EventText text, int token, bool narrative)
    {
        var key = CliticSegmenter.WithoutConjunction(text.Tokens[token].Key, 4);
        return narrative && key.Length >= 4 && key[^1] == 'ت' && key[^2] is not ('ا' or 'و' or 'ي') && key[0] is not ('ي' or 'ت' or 'س');
    }

    /// <summary>
    /// A verb with the plural ending of its subject: the perfect in وا («طالبوا»). The imperfect in ون is left out: it is
    /// also the end of a stem («يتعاون»).
    /// </summary>
    public static bool PluralVerb(EventText text, int token)
    {
        var key = CliticSegmenter.WithoutConjunction(text.Tokens[token].Key, 5);
        return key.Length > 4 && key.EndsWith("وا", StringComparison.Ordinal);
    }

    /// <summary>A phrase headed by a feminine noun: a word in ة or a sound feminine plural in ات («السلطات», «الحكومة»), not a person.</summary>
    public bool FeminineHead(EventText text, ActorPhrase phrase)
    {
        if (EntityId.Is(phrase.EntityId, EntityType.PER) || phrase.Adjectival) return false;
        // Four letters at least: «ثمة» and «بات» are no nouns; «قوات» is read.
        return FeminineEnding.Shows(text.Tokens[Head(text, phrase)].Normalized, minSingular: 4, minPlural: 4);
    }

    /// <summary>
    /// A phrase headed by a masculine singular common noun: definite («البنك», «الوزير», «الرئيس الأمريكي باراك أوباما»),
    /// ending in none of ة, ات, ون, ين, ان and no listed broken plural; a common-noun phrase or a person, not a state, place,
    /// organisation or a nisba alone.
    /// </summary>
    public bool MasculineHead(EventText text, ActorPhrase phrase)
    {
        // A state, place or organisation is a name («الجزائر», «العراق» take either gender); a person is named by his title.
        if (phrase.Adjectival || phrase.IsPlace || phrase.EntityId is { } id && !EntityId.Is(id, EntityType.PER)) return false;
        var head = Head(text, phrase);
        if (!text.Words[head].IsDefinite) return false;
        // The written word past its article (the key folds ة into ه, the written form keeps it).
        var written = text.Tokens[head].Normalized;
        var article = written.IndexOf("ال", StringComparison.Ordinal);
        var noun = article is >= 0 and <= 2 ? written[(article + 2)..] : written;
        if (noun.Length < 3 || noun[^1] is 'ة' or 'ى' or 'ا' || noun.Length > 3 && noun[^2..] is "ات" or "ون" or "ين" or "ان")
            return false;
        return CliticSegmenter.Analyze(text.Tokens[head]) is { } analysis && BrokenPlurals.SingularStem(analysis) is null;
    }

    /// <summary>The person and number the pronoun attached to <paramref name="token"/> shows: ه, ها, هم/هن, هما.</summary>
    public static Pronoun PronounOf(EventText text, int token) => CliticSegmenter.ThirdPersonPronoun(text.Tokens[token].Key) switch
    {
        "هما" => Pronoun.Dual,
        "هم" or "هن" => Pronoun.Plural,
        "ها" => Pronoun.Feminine,
        "ه" => Pronoun.Masculine,
        _ => Pronoun.Unknown,
    };

    /// <summary>
    /// Whether the phrase may be what the pronoun stands for: «ها» is no masculine singular noun («قال الوزير إنها»); a
    /// name agrees with it. «ه» is left free: after a complementiser it is as often the pronoun of the matter, standing for
    /// nothing before it («أكدت الوزارة أنه تم …», «مشيرة إلى أنه خلال زيارة … تسلم الفريق»).
    /// </summary>
    public bool Agrees(EventText text, Pronoun pronoun, ActorPhrase phrase) => pronoun != Pronoun.Feminine || !MasculineHead(text, phrase);

    /// <summary>
    /// Whether the phrase may own what carries the pronoun, read strictly (a name no more agrees with everything):
    /// «هم» a plural head (ون، ين، ات, a listed broken plural), «ها» a feminine head, a broken plural or a state or body's
    /// name, «ه» a masculine singular head or a person. «ركز المتمردون هجماتهم»: the attacks are the rebels'.
    /// </summary>
    public bool Owns(EventText text, Pronoun pronoun, ActorPhrase phrase)
    {
        if (phrase.Adjectival || phrase.IsPlace) return false;
        var head = Head(text, phrase);
        var written = text.Tokens[head].Normalized;
        var broken = CliticSegmenter.Analyze(text.Tokens[head]) is { } analysis && BrokenPlurals.SingularStem(analysis) is not null;
        var person = EntityId.Is(phrase.EntityId, EntityType.PER);
        return pronoun switch
        {
            Pronoun.Plural => !person && (broken || SoundPluralEnding.Any(written, minLength: 5)),
            Pronoun.Feminine => FeminineHead(text, phrase) || broken || phrase.EntityId is not null && !person,
            Pronoun.Masculine => person || MasculineHead(text, phrase),
            _ => false,
        };
    }

    /// <summary>«اعتصم مئات المعلمين»: a count noun agrees with nothing; the noun it counts heads the phrase.</summary>
    private int Head(EventText text, ActorPhrase phrase)
    {
        var first = phrase.First;
        while (first + 1 < phrase.End && text.Words[first].Forms.Count > 0 && language.IsCue("quantifier", text.Words[first])) first++;
        return first;
    }
}
