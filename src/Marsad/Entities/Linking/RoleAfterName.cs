using Marsad.Text.Morphology;
using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// An office apposed right after a person's name describes that person: «خالد الفالح وزير الخارجية»,
/// «عادل الجبير وزير الخارجية السعودي», «محمد بن سلمان ولي العهد», «فهد العتيبي، وزير الدفاع».
/// </summary>
internal static class RoleAfterName
{
    /// <summary>
    /// The person named right before the role phrase, directly or across one comma, in the same sentence, when the phrase
    /// describes him: the phrase carries no proclitic («ووزير الخارجية» is the next item of a list, «لوزير» a recipient), the
    /// name is a person's name and no office of its own, and a person the gazetteer knows holds that office (of the written
    /// state, when one is written) — «استقبل الملك سلمان وزير الخارجية الأمريكي» is the king's guest; an unknown person is
    /// the office's holder. The phrase must be the whole office (<see cref="IsClosed"/>). Null when no name stands there.
    /// </summary>
    public static string? Holder(ScanState s, RoleDraft role)
    {
        if (role.Stripped > 0 || !IsClosed(s, role)) return null;
        var p = s.Previous(role.First);
        if (p >= 0 && s.IsSeparator(p))
        {
            if (s.Tokens[p].Normalized is not ("،" or ",")) return null;
            p = s.Previous(p);
        }
        if (p < 0 || s.Claim[p] < 0) return null;
        var person = s.Drafts[s.Claim[p]];
        if (person is not { Type: EntityType.PER, Kind: MentionKind.Name or MentionKind.ShortName, Nested: false } || person.End != p + 1) return null;
        if (s.Gazetteer.Find(person.EntityId) is not { } known) return person.EntityId;
        var iso = role.State?.Iso ?? role.Phrase.FixedIso;
        return known.Roles.Any(r => r.Role == role.Phrase.Role && (iso is null || string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)))
            ? person.EntityId
            : null;
    }

    /// <summary>
    /// Whether the phrase is the whole office, not the head of a longer one nor a family name: closed by its state («وزير
    /// الخارجية المصري»), or of two words or more, ending in a definite word («ولي العهد», «وزير الخارجية») or followed by
    /// punctuation, the sentence's end or an office modifier («الحالي»). A one-word office with no state is a family name
    /// («عبدالله بن عبدالرحمن السلطان») or heads another office: «رئيس مجلس الإدارة», «الرئيس التنفيذي», «مستشار خادم
    /// الحرمين الشريفين».
    /// </summary>
    private static bool IsClosed(ScanState s, RoleDraft role)
    {
        if (role.State is not null && role.Phrase.FixedIso is null) return true;
        if (role.End - role.First < 2) return false;
        if (CliticSegmenter.OpensWithArticle(s.Key(role.End - 1))) return true;
        var k = role.End;
        return k >= s.SentenceEnd(role.First) || s.IsSeparator(k) || NameWords.OfficeModifiers.Contains(s.Key(k));
    }
}
