using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Role phrases resolved to the person they refer to.
/// </summary>
internal sealed class RoleHolderPass(ScanState s)
{
    /// <summary>
    /// A role phrase refers to: the person named right after it (رئيس الوزراء البريطاني، ريشي سوناك) or right before it
    /// (عادل الجبير وزير الخارجية السعودي, <see cref="RoleAfterName"/>); else the person an
    /// earlier phrase of the same office and state was apposed to in this article; else the one holder
    /// of that office for that state on the article's date; else the one person named in the article who ever held it;
    /// else, when the article has no date at all, the one holder of that office the gazetteer knows (lower confidence:
    /// an undated article is most often recent news, and a single known holder is the best guess there is);
    /// else, for a state's office, the office's unnamed holder. An office after a facility or prize word refers to no one.
    /// A former office (الرئيس الأمريكي الأسبق) links only to a name next to it.
    /// An office of no named state resolves to nobody and stays unlinked: better no link than a guessed one.
    /// </summary>
    public void Run()
    {
        foreach (var role in s.Roles)
        {
            // An office in construct after a prize, cup or building word names that thing, no person the article speaks
            // of: «كأس خادم الحرمين الشريفين», «جائزة ولي العهد», as a name does there (NameWords.NamesAFacility).
            if (NameWords.NamesAFacility(s, role.First)) continue;
            var (personId, rule) = RoleAppositionPass.Apposition(s, role) is { } next
                ? (next, EntityRules.RoleApposition)
                : FormerHolderNamedNext(role) is { } former
                    ? (former, EntityRules.RoleApposition)
                    : RoleAfterName.Holder(s, role) is { } named
                        ? (named, EntityRules.RoleApposition)
                        : Holder(role);
            if (personId is null) continue;
            role.Draft = s.AddDraft(role.First, role.End, role.Stripped, personId, EntityType.PER, MentionKind.Role, rule!, fusedArticle: role.FusedArticle);
            role.Draft.Loaded = role.LoadedSpec;
        }
    }

    /// <summary>
    /// «الرئيس المصري الأسبق مبارك»: one word right after an office (and its time marker) that is the family name of someone
    /// who held that office for that state is that person, whatever the article's date.
    /// </summary>
    private string? FormerHolderNamedNext(RoleDraft role)
    {
        var k = role.End;
        while (k < s.Tokens.Count && s.SentenceOf[k] == s.SentenceOf[role.First] && NameWords.OfficeModifiers.Contains(s.Key(k))) k++;
        if (k >= s.Tokens.Count || s.SentenceOf[k] != s.SentenceOf[role.First] || s.Claim[k] != ScanState.Free || !s.IsArabicWord(k)) return null;
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        foreach (var (_, stripped, word) in s.Variants(k))
        {
            if (stripped > 0) break;
            var holders = word.Names
                .Where(e => e.Kind is NameKind.ContextShort or NameKind.StandaloneShort
                            && e.Entity.Roles.Any(r => r.Role == role.Phrase.Role && string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Entity.Id).Distinct().ToList();
            if (holders.Count != 1) return null;
            s.AddDraft(k, k + 1, 0, holders[0], EntityType.PER, MentionKind.ShortName, EntityRules.ShortInContext);
            return holders[0];
        }
        return null;
    }

    private (string? Id, string? Rule) Holder(RoleDraft role)
    {
        if (role.Former) return (null, null);
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        if (EarlierApposition(role, iso) is { } introduced) return (introduced, EntityRules.RoleInArticle);
        if (role.State is null && iso.Length > 0 || !role.Phrase.IsOfficeOf(iso)) return (null, null);
        if (s.Input.Date is { } date)
        {
            var holders = s.Gazetteer.Holders(role.Phrase.Role, iso, date).Take(2).ToList();
            if (holders.Count == 1) return (holders[0].Id, EntityRules.RoleAtDate);
        }
        var named = s.Drafts.Where(d => d.Type == EntityType.PER && !d.Nested).Select(d => d.EntityId).Distinct()
            .Select(s.Gazetteer.Find)
            .Where(p => p is not null && p.Roles.Any(r => r.Role == role.Phrase.Role && string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)))
            .Take(2).ToList();
        if (named.Count == 1) return (named[0]!.Id, EntityRules.RoleInArticle);
        if (s.Input.Date is null)
        {
            var known = s.Gazetteer.Holders(role.Phrase.Role, iso, date: null).Take(2).ToList();
            if (known.Count == 1) return (known[0].Id, EntityRules.RoleOnlyKnownHolder);
        }
        // Only on a dated article, for an office the gazetteer lists no holder of at all: elsewhere the phrase stays unlinked.
        return s.Input.Date is not null && role.State is { } state && !s.Gazetteer.Holders(role.Phrase.Role, iso, date: null).Any()
            ? (UnnamedHolder(role, state), EntityRules.RoleUnnamedHolder)
            : (null, null);
    }

    /// <summary>
    /// «اعتبر وزير الخارجية الإيراني، محمد جواد ظريف … ووصف وزير الخارجية الإيراني المفاوضات»: the article introduced the
    /// office's holder by name, and the bare office later means that person — even when the article also names a former
    /// holder (علي أكبر صالحي, foreign minister before Zarif) or has no date to look the holder up by.
    /// </summary>
    private string? EarlierApposition(RoleDraft role, string iso)
    {
        if (iso.Length == 0) return null;
        string? introduced = null;
        foreach (var earlier in s.Roles)
        {
            if (earlier == role) break;
            if (earlier.Draft?.Rule == EntityRules.RoleApposition && !earlier.Former && earlier.Phrase.Role == role.Phrase.Role
                && string.Equals(earlier.State?.Iso ?? earlier.Phrase.FixedIso ?? "", iso, StringComparison.OrdinalIgnoreCase))
                introduced = earlier.Draft.EntityId;
        }
        return introduced;
    }

    /// <summary>
    /// A state's office whose holder the gazetteer cannot name (foreign ministers of states it does not cover, or two
    /// holders on an undated article) is still a person the article speaks of: the office's holder, one entity per office
    /// and state («وزيرة خارجية ألبانيا» and «وزير الخارجية الألباني» are the same).
    /// </summary>
    private string UnnamedHolder(RoleDraft role, KnownEntity state)
    {
        // A minister by portfolio is one office per portfolio: «وزير الصحة العراقي» is not «وزير النفط العراقي».
        var id = role.Phrase == RolePhraseMatcher.PortfolioMinister
            ? null
            : $"per:~office-{role.Phrase.Role.Replace('_', '-')}-{state.Iso?.ToLowerInvariant()}";
        var nameEn = $"{char.ToUpperInvariant(role.Phrase.Role[0])}{role.Phrase.Role[1..].Replace('_', ' ')} of {state.NameEn}";
        return s.RegisterUnknown(EntityType.PER, s.NameText(role.First, role.End, role.Stripped, role.FusedArticle), nameEn, id);
    }
}
