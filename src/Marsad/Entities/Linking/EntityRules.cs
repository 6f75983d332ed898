namespace Marsad.Entities.Linking;

/// <summary>
/// The rules that produce mentions, with the confidence each gives. Confidences are the team's estimate of how often
/// the rule is right in news text, ordered so a consumer can threshold them; they are not calibrated probabilities.
/// </summary>
public static class EntityRules
{
    public const string GazetteerName = "gazetteer-name";          // a full name or alias from the gazetteer
    public const string GazetteerContextName = "gazetteer-context"; // an ambiguous name after an outlet/place word
    public const string StandaloneShort = "gazetteer-short";        // نتنياهو: a short form news uses alone
    public const string Nisba = "nisba";                            // الإيرانية → Iran
    public const string Loaded = "loaded-term";                     // الاحتلال → Israel
    public const string Place = "place";                            // a city read as the place: في تيرانا
    public const string Metonym = "metonym";                        // a capital read as its state: اتهمت تيرانا
    public const string RoleApposition = "role-apposition";         // رئيس الوزراء البريطاني، ريشي سوناك
    public const string RoleAtDate = "role-at-date";                // the holder of the office on the article's date
    public const string RoleInArticle = "role-in-article";          // the one person named in the article who held it
    public const string RoleOnlyKnownHolder = "role-only-known-holder"; // undated article: the one holder the gazetteer knows
    public const string RoleUnnamedHolder = "role-unnamed-holder"; // وزيرة خارجية ألبانيا when the gazetteer cannot name her
    public const string ShortInContext = "short-in-context";        // راما after إيدي راما
    public const string FirstNameInContext = "first-name-in-context"; // إيدي when Edi Rama is in the article
    public const string TitleName = "title-name";                   // two unknown words after a title: السفيرة X Y
    public const string NisbaName = "nisba-name";                   // name-shaped words after a state's nisba: الروسي بوزاني
    public const string Embassy = "embassy";                        // السفارة التركية لدى بغداد
    public const string NationalBody = "national-body";             // الهيئة الوطنية للأمن السيبراني
    public const string Ministry = "ministry";                      // وزارة الموارد المائية والري: وزارة and portfolio words
    public const string OrgAcronym = "org-acronym";                 // an org word and a Latin acronym: مجموعة ERG
    public const string Competition = "competition";                // كأس آسيا: a competition named after its place
    public const string Club = "club";                              // فريق برشلونة، برشلونة الإسباني: a club named after its town
    public const string Model = "ner-model";                        // the statistical tagger

    public static double Confidence(string rule) => rule switch
    {
        GazetteerName => 0.95,
        GazetteerContextName => 0.85,
        StandaloneShort => 0.85,
        Nisba => 0.9,
        Loaded => 0.85,
        Place => 0.9,
        Metonym => 0.75,
        RoleApposition => 0.9,
        RoleAtDate => 0.8,
        RoleInArticle => 0.7,
        RoleOnlyKnownHolder => 0.6,
        RoleUnnamedHolder => 0.6,
        ShortInContext => 0.9,
        FirstNameInContext => 0.75,
        TitleName => 0.6,
        NisbaName => 0.6,
        Embassy => 0.8,
        OrgAcronym => 0.6,
        NationalBody => 0.8,
        Ministry => 0.85,
        Competition => 0.8,
        Club => 0.8,
        _ => 0.5,
    };
}
