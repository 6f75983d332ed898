using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

internal sealed partial class ArticleScan
{
    /// <summary>
    /// A role phrase refers to: the person named right after it (رئيس الوزراء البريطاني، ريشي سوناك); else the one holder
    /// of that office for that state on the article's date; else the one person named in the article who ever held it;
    /// else, when the article has no date at all, the one holder of that office the gazetteer knows (lower confidence:
    /// an undated article is most often recent news, and a single known holder is the best guess there is);
    /// else, for a state's office, the office's unnamed holder.
    /// A former office (الرئيس الأمريكي الأسبق) links only to a name next to it.
    /// An office of no named state resolves to nobody and stays unlinked: better no link than a guessed one.
    /// </summary>
    private void ResolveRoles()
    {
        foreach (var role in _roles)
        {
            var (personId, rule) = Apposition(role) is { } next
                ? (next, EntityRules.RoleApposition)
                : FormerHolderNamedNext(role) is { } former
                    ? (former, EntityRules.RoleApposition)
                    : Holder(role);
            if (personId is null) continue;
            role.Draft = AddDraft(role.First, role.End, role.Stripped, personId, EntityType.PER, MentionKind.Role, rule!);
            role.Draft.Loaded = role.LoadedSpec;
        }
    }

    /// <summary>
    /// After the tagger: a role phrase followed by a person's name it found (that no rule captured) refers to that person,
    /// not to the holder by date (a deputy, a spokesman or a former holder is named right after the office).
    /// </summary>
    private void ResolveRolesByApposition()
    {
        foreach (var role in _roles)
        {
            if (role.Draft?.Rule == EntityRules.RoleApposition || Apposition(role) is not { } next) continue;
            if (role.Draft is null)
            {
                role.Draft = AddDraft(role.First, role.End, role.Stripped, next, EntityType.PER, MentionKind.Role, EntityRules.RoleApposition);
                role.Draft.Loaded = role.LoadedSpec;
            }
            else
            {
                role.Draft.EntityId = next;
                role.Draft.Rule = EntityRules.RoleApposition;
            }
        }
    }

    /// <summary>
    /// «الرئيس المصري الأسبق مبارك»: one word right after an office (and its time marker) that is the family name of someone
    /// who held that office for that state is that person, whatever the article's date.
    /// </summary>
    private string? FormerHolderNamedNext(RoleDraft role)
    {
        var k = role.End;
        while (k < _tokens.Count && _sentenceOf[k] == _sentenceOf[role.First] && s_officeModifiers.Contains(Key(k))) k++;
        if (k >= _tokens.Count || _sentenceOf[k] != _sentenceOf[role.First] || _claim[k] != Free || !IsArabicWord(k)) return null;
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        foreach (var (key, stripped) in ProcliticVariants.Of(Key(k)))
        {
            if (stripped > 0) break;
            var holders = _g.Lookup(key)
                .Where(e => e.Kind is NameKind.ContextShort or NameKind.StandaloneShort
                            && e.Entity.Roles.Any(r => r.Role == role.Phrase.Role && string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Entity.Id).Distinct().ToList();
            if (holders.Count != 1) return null;
            AddDraft(k, k + 1, 0, holders[0], EntityType.PER, MentionKind.ShortName, EntityRules.ShortInContext);
            return holders[0];
        }
        return null;
    }

    private string? Apposition(RoleDraft role)
    {
        var k = role.End;
        for (var skipped = 0; k < _tokens.Count && skipped < 5 && _sentenceOf[k] == _sentenceOf[role.First]; skipped++)
        {
            if (IsSeparator(k) || s_officeModifiers.Contains(Key(k))) { k++; continue; }
            if (_claim[k] >= 0 && _drafts[_claim[k]] is { Type: EntityType.GPE } state && state.EntityId == role.State?.Id)
            {
                k = state.End;
                continue;
            }
            break;
        }
        if (k >= _tokens.Count || _claim[k] < 0) return null;
        var next = _drafts[_claim[k]];
        // Another office right after an office is a second person (التقى الرئيس التونسي وزير الخارجية الجزائري: subject and
        // object), never the first office's name.
        return next.Type == EntityType.PER && next.First == k && next.Kind != MentionKind.Role ? next.EntityId : null;
    }

    private (string? Id, string? Rule) Holder(RoleDraft role)
    {
        if (role.Former) return (null, null);
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        if (role.State is null && iso.Length > 0 || !role.Phrase.IsOfficeOf(iso)) return (null, null);
        if (_input.Date is { } date)
        {
            var holders = _g.Holders(role.Phrase.Role, iso, date).Take(2).ToList();
            if (holders.Count == 1) return (holders[0].Id, EntityRules.RoleAtDate);
        }
        var named = _drafts.Where(d => d.Type == EntityType.PER && !d.Nested).Select(d => d.EntityId).Distinct()
            .Select(_g.Find)
            .Where(p => p is not null && p.Roles.Any(r => r.Role == role.Phrase.Role && string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)))
            .Take(2).ToList();
        if (named.Count == 1) return (named[0]!.Id, EntityRules.RoleInArticle);
        if (_input.Date is null)
        {
            var known = _g.Holders(role.Phrase.Role, iso, date: null).Take(2).ToList();
            if (known.Count == 1) return (known[0].Id, EntityRules.RoleOnlyKnownHolder);
        }
        // Only on a dated article, for an office the gazetteer lists no holder of at all: elsewhere the phrase stays unlinked.
        return _input.Date is not null && role.State is { } state && !_g.Holders(role.Phrase.Role, iso, date: null).Any()
            ? (UnnamedHolder(role, state), EntityRules.RoleUnnamedHolder)
            : (null, null);
    }

    /// <summary>
    /// A state's office whose holder the gazetteer cannot name (foreign ministers of states it does not cover, or two
    /// holders on an undated article) is still a person the article speaks of: the office's holder, one entity per office
    /// and state («وزيرة خارجية ألبانيا» and «وزير الخارجية الألباني» are the same).
    /// </summary>
    private string UnnamedHolder(RoleDraft role, KnownEntity state)
    {
        var id = $"per:~office-{role.Phrase.Role.Replace('_', '-')}-{state.Iso?.ToLowerInvariant()}";
        var nameEn = $"{char.ToUpperInvariant(role.Phrase.Role[0])}{role.Phrase.Role[1..].Replace('_', ' ')} of {state.NameEn}";
        return RegisterUnknown(EntityType.PER, NormalizedText(role.First, role.End)[role.Stripped..], nameEn, id);
    }
}
