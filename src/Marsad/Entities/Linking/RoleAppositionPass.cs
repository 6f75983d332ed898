using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// After the tagger, a role phrase followed by a person's name refers to that person.
/// </summary>
internal sealed class RoleAppositionPass(ScanState s)
{
    /// <summary>
    /// After the tagger: a role phrase followed by a person's name it found (that no rule captured) refers to that person,
    /// not to the holder by date (a deputy, a spokesman or a former holder is named right after the office); so does one
    /// apposed right after such a name (<see cref="RoleAfterName"/>).
    /// </summary>
    public void Run()
    {
        foreach (var role in s.Roles)
        {
            if (role.Draft?.Rule == EntityRules.RoleApposition || (Apposition(s, role) ?? RoleAfterName.Holder(s, role)) is not { } next) continue;
            if (role.Draft is null)
            {
                role.Draft = s.AddDraft(role.First, role.End, role.Stripped, next, EntityType.PER, MentionKind.Role, EntityRules.RoleApposition,
                    fusedArticle: role.FusedArticle);
                role.Draft.Loaded = role.LoadedSpec;
            }
            else
            {
                role.Draft.EntityId = next;
                role.Draft.Rule = EntityRules.RoleApposition;
            }
        }
    }

    public static string? Apposition(ScanState s, RoleDraft role)
    {
        if (GovernedByPersonNoun(s, role)) return null;
        var k = role.End;
        var titled = false;
        for (var skipped = 0; k < s.Tokens.Count && skipped < 5 && s.SentenceOf[k] == s.SentenceOf[role.First]; skipped++)
        {
            if (s.IsSeparator(k) || NameWords.OfficeModifiers.Contains(s.Key(k))) { k++; continue; }
            if ((role.State is not null || IsMinister(s, role)) && IsHonorific(s, k)) { titled = true; k++; continue; }
            if (s.Claim[k] >= 0 && s.Drafts[s.Claim[k]] is { Type: EntityType.GPE } state && state.EntityId == role.State?.Id)
            {
                k = state.End;
                continue;
            }
            break;
        }
        // «نائبا للرئيس، وعثمان العريني أمينا عاما»: a name opening with the conjunction is the next item of a list.
        if (k >= s.Tokens.Count || s.Claim[k] < 0 || NameWords.HasConjunction(s, k)) return null;
        var next = s.Drafts[s.Claim[k]];
        // Another office right after an office is a second person (التقى الرئيس التونسي وزير الخارجية الجزائري: subject and
        // object), never the first office's name — unless it is the same office of the same state, a title the name after
        // it was apposed to: «خادم الحرمين الشريفين الملك فهد» is King Fahd, not the king on the article's date.
        if (next.Type != EntityType.PER || next.First != k) return null;
        if (titled && HoldsAnotherOffice(s, role, next.EntityId)) return null;
        if (next.Kind != MentionKind.Role) return next.EntityId;
        if (s.Roles.FirstOrDefault(r => r.Draft == next) is not { } title) return null;
        if (next.Rule == EntityRules.RoleApposition && SameOffice(role, title)) return next.EntityId;
        // «وزير النقل الكويتي الأمير فهد بن سعود»: a one-word office of no state apposed to a name is that name's title,
        // and the state's office before it is his, unless the gazetteer knows him in other offices only.
        return role.State is not null && title is { State: null } && title.End - title.First == 1 && Apposition(s, title) is { } holder
               && !HoldsAnotherOffice(s, role, holder) ? holder : null;
    }

    /// <summary>
    /// «مفتي مصر الدكتور شوقي علام», «وزير الخارجية الأردني الدكتور عبد الإله الخطيب»: a definite title word (context.tsv `title`,
    /// no office phrase of its own, no common noun too: not «الفريق») between a state's office and the name is the holder's
    /// honorific, not a second person. An office of no state («رئيس الفريق المهندس فلان») reads no name across a title,
    /// except a minister's (<see cref="IsMinister"/>).
    /// </summary>
    private static bool IsHonorific(ScanState s, int k) =>
        s.Claim[k] == ScanState.Free && s.Key(k) is var key && CliticSegmenter.OpensWithArticle(key)
        && (s.Gazetteer.Context(key) & (ContextKind.Title | ContextKind.NounTitle)) == ContextKind.Title && s.Gazetteer.Role(key) is null;

    /// <summary>
    /// A minister's office (its head word context.tsv `minister`), with its state or without: one holder per portfolio
    /// in a government, so a title after it is his honorific as after a state's office: «وزير الدولة للشؤون الخارجية
    /// الدكتور فلان», «وزير الصحة المهندس فلان».
    /// </summary>
    private static bool IsMinister(ScanState s, RoleDraft role) =>
        s.Variants(role.First).Any(v => v.Stripped == role.Stripped && (v.Word.Context & ContextKind.Minister) != 0);

    /// <summary>
    /// «استقبل الرئيس المصري الشيخ تميم بن حمد»: after a title, a person the gazetteer knows as the holder of other offices
    /// only is the office's guest, not its holder; an unknown name, or a known holder of this office, is the holder.
    /// </summary>
    private static bool HoldsAnotherOffice(ScanState s, RoleDraft role, string personId)
    {
        if (s.Gazetteer.Find(personId) is not { Roles.Count: > 0 } known) return false;
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        return !known.Roles.Any(r => r.Role == role.Phrase.Role && (iso.Length == 0 || string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool SameOffice(RoleDraft role, RoleDraft title)
    {
        var iso = role.State?.Iso ?? role.Phrase.FixedIso ?? "";
        return iso.Length > 0 && title.Phrase.Role == role.Phrase.Role && title.Phrase.IsOfficeOf(iso)
               && (title.State is null || string.Equals(title.State.Iso, iso, StringComparison.OrdinalIgnoreCase));
    }

    // How far left a role phrase's governing noun is looked for: «مدير مكتب وزير الخارجية» (the office of the minister's director).
    private const int GoverningWords = 2;

    /// <summary>
    /// Whether the role phrase is in construct with a person noun before it, directly or through one more noun: «مستشار
    /// وزير الخارجية السعودي محمد العمري», «مدير مكتب وزير الداخلية …». The name after it is that person's (the adviser,
    /// the director), no name of the office's holder. A person noun is a title word written without the article (its
    /// definite form a context.tsv title: مدير، مستشار) or another role phrase; a noun between is a word news writes with
    /// the article (مكتب). A verb or preposition before the phrase (استقبل، مع) governs no name: the walk stops there, as
    /// at a noun that is no person («زيارة وزير الخارجية جون كيري» is the minister's visit).
    /// </summary>
    private static bool GovernedByPersonNoun(ScanState s, RoleDraft role)
    {
        var p = role.First;
        for (var n = 0; n < GoverningWords; n++)
        {
            if (n == 0 && role.Stripped > 0) return false;
            p = s.Previous(p);
            if (p < 0 || !s.IsArabicWord(p) || NameWords.IsDefiniteWord(s, p)) return false;
            if (s.Claim[p] == ScanState.Reserved || s.Claim[p] >= 0 && s.Drafts[s.Claim[p]].Kind == MentionKind.Role) return true;
            if (s.Claim[p] != ScanState.Free) return false;
            var key = s.Key(p);
            if ((s.Gazetteer.Context(CliticSegmenter.Article + key) & ContextKind.Title) != 0) return true;
            if (!NameWordEvidence.TakesTheArticle(key)) return false;
        }
        return false;
    }
}
