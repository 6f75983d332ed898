namespace Marsad.Entities;

/// <summary>How a mention names its entity; lets consumers tell a nisba or a role phrase from a proper name.</summary>
public enum MentionKind
{
    /// <summary>A full name or a listed alias: إيدي راما، الناتو.</summary>
    Name,
    /// <summary>A family or first name standing for a person named elsewhere: راما، إيدي.</summary>
    ShortName,
    /// <summary>A nisba adjective of a state: الإيرانية، الألماني.</summary>
    Nisba,
    /// <summary>An office that stands for its holder: رئيس وزراء ألبانيا.</summary>
    Role,
    /// <summary>A capital or city that stands for its state: «اتهمت تيرانا».</summary>
    Metonym,
    /// <summary>A loaded term that stands for a state: الاحتلال، الكيان.</summary>
    LoadedTerm,
    /// <summary>
    /// A common noun and its state that name a body without a proper name: الحكومة الأردنية. It links like a name, but
    /// is none: news corpora leave it untagged, as English writes it in lower case («the Jordanian government»).
    /// </summary>
    Description,
}
