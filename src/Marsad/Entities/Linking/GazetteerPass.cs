using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Pass 1: at each token the longest of a gazetteer name, a role phrase, an embassy, a national body, a ministry by its
/// portfolio or an org acronym; names become mentions, role phrases are reserved for the role passes.
/// </summary>
internal sealed class GazetteerPass(ScanState s)
{
    /// <summary>Pass 1: at each token the longest of a gazetteer name, a role phrase, an embassy or an org acronym.</summary>
    public void Run()
    {
        var i = 0;
        while (i < s.Tokens.Count)
        {
            if (s.Tokens[i].Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number) || s.SentenceOf[i] < 0 && s.Input.Sentences.Count > 0)
            {
                i++;
                continue;
            }
            var name = NameMatcher.Match(s, i, NameMatcher.IsPrimaryName, allowClitics: true);
            if (name is { Entry.Kind: NameKind.LoadedTerm } loaded && NamesAnotherOccupier(i + loaded.Length, loaded.Entry.Entity)) name = null;
            // «الأمير سلطان بن سلمان بن عبد العزيز»: a person's name right after بن/بنت is the father's, inside the son's
            // name, and no mention of the father; the words stay for the title and the tagger to read whole.
            if (name is { Entry.Entity.Type: EntityType.PER } && NameWords.FollowsLineage(s, i)) name = null;
            if (name is { Entry.Entity.Type: EntityType.PER } person && NamedOnByFamily(i, person.Length)) name = null;
            // «الأمير تركي بن عبدالله»: a nisba without the article that opens a lineage is a first name, no state.
            if (name is { Entry.Kind: NameKind.Nisba, Length: 1, Stripped: 0 } && !NameWords.IsDefiniteWord(s, i) && NameWords.OpensLineage(s, i)) name = null;
            // «لا ينتظر لسانًا ينطق»: a word written with tanween is an indefinite common noun, never a name (سانا).
            if (name is { } written && Enumerable.Range(i, written.Length).Any(t => NameWordEvidence.HasTanween(s.Original(t)))) name = null;
            if (name is not null && NameWords.NamesAPrayerTime(s, i)) name = null;
            var role = RolePhraseMatcher.Match(s, i);
            var embassy = name is null ? OrganizationPatterns.MatchEmbassy(s, i) : null;
            var acronym = OrganizationPatterns.MatchOrgAcronym(s, i);
            var body = OrganizationPatterns.MatchNationalBody(s, i);
            var ministry = OrganizationPatterns.MatchMinistry(s, i);

            var nameLength = name?.Length ?? 0;
            var roleLength = role is null ? 0 : role.End - role.First;
            var embassyLength = embassy?.End - i ?? 0;
            var acronymLength = acronym ?? 0;
            var bodyLength = body?.End - i ?? 0;
            var ministryLength = ministry?.End - i ?? 0;
            var longest = Math.Max(Math.Max(Math.Max(nameLength, roleLength), Math.Max(embassyLength, acronymLength)), Math.Max(bodyLength, ministryLength));
            if (longest == 0)
            {
                i++;
                continue;
            }
            if (nameLength == longest) EmitName(i, name!.Value);
            else if (roleLength == longest)
            {
                s.Roles.Add(role!);
                for (var k = role!.First; k < role.End; k++) s.Claim[k] = ScanState.Reserved;
            }
            else if (embassyLength == longest) EmitEmbassy(i, embassy!.Value);
            else if (bodyLength == longest)
            {
                var text = s.NameText(i, body!.Value.End, body.Value.Stripped, body.Value.FusedArticle);
                s.AddDraft(i, body.Value.End, body.Value.Stripped, s.RegisterUnknown(EntityType.ORG, text), EntityType.ORG, MentionKind.Name, EntityRules.NationalBody,
                    fusedArticle: body.Value.FusedArticle);
            }
            else if (ministryLength == longest) EmitMinistry(i, ministry!.Value);
            else
            {
                var text = s.NormalizedText(i, i + acronymLength);
                s.AddDraft(i, i + acronymLength, 0, s.RegisterUnknown(EntityType.ORG, text), EntityType.ORG, MentionKind.Name, EntityRules.OrgAcronym);
            }
            i += longest;
        }
    }

    /// <summary>
    /// A ministry by its portfolio is a state's body named by a common noun, with its state («وزارة الطاقة الفنزويلية»)
    /// or without («وزارة الصحة», the body of the state the article is about): a description, as «الحكومة الأردنية» is.
    /// </summary>
    private void EmitMinistry(int i, MinistryMatch ministry)
    {
        var text = s.NameText(i, ministry.End, ministry.Stripped, fusedArticle: false);
        s.AddDraft(i, ministry.End, ministry.Stripped, s.RegisterUnknown(EntityType.ORG, text), EntityType.ORG, MentionKind.Description, EntityRules.Ministry);
    }

    /// <summary>
    /// «الدكتور عبدالله بن عبدالعزيز الربيعة»: a known person's name of a lineage (first name بن father) followed by a
    /// family name with the article, which the tagger reads as part of a person's name, is another man of the same first
    /// and father's names: the lineage is common, the family name says who he is.
    /// </summary>
    private bool NamedOnByFamily(int i, int length)
    {
        var next = i + length;
        if (next >= s.Tokens.Count || s.SentenceOf[next] != s.SentenceOf[i] || !s.IsArabicWord(next) || !NameWords.IsDefiniteWord(s, next)) return false;
        var lineage = false;
        for (var k = i; k < next - 1; k++) lineage |= NameWords.Lineage.Contains(s.Key(k));
        return lineage && s.TaggedPerson(next) == true && s.ContextOf(next) == ContextKind.None
               && !NameWords.IsFrequentWord(s, next) && s.Variants(next)[0].Word.Names.Count == 0
               && !NameWords.Particles.Contains(s.Key(next)) && !NameWords.OfficeModifiers.Contains(s.Key(next)) && !NameWords.IsNumberWord(s.Key(next));
    }

    /// <summary>الاحتلال الأمريكي is another occupation: a loaded term followed by another state's nisba is not this state.</summary>
    private bool NamesAnotherOccupier(int next, KnownEntity state)
    {
        if (next >= s.Tokens.Count || s.IsSeparator(next)) return false;
        var nisba = NameMatcher.Match(s, next, e => e.Kind == NameKind.Nisba, allowClitics: false);
        return nisba is not null && nisba.Value.Entry.Entity != state;
    }

    private void EmitName(int i, NameMatch match)
    {
        var (length, stripped, entry, fused) = match;
        var entity = entry.Entity;
        var end = i + length;
        switch (entry.Kind)
        {
            case NameKind.Nisba:
                s.AddDraft(i, end, stripped, entity.Id, EntityType.GPE, MentionKind.Nisba, EntityRules.Nisba, fusedArticle: fused);
                break;
            case NameKind.LoadedTerm:
                s.AddDraft(i, end, stripped, entity.Id, EntityType.GPE, MentionKind.LoadedTerm, EntityRules.Loaded, fusedArticle: fused);
                break;
            case NameKind.Place when entity.ActsFor is not null && PlaceReading.IsActing(s, i, stripped):
                s.AddDraft(i, end, stripped, entity.ActsFor, PlaceReading.ActorType(s, entity), MentionKind.Metonym, EntityRules.Metonym, fusedArticle: fused);
                break;
            // The capital read from its own spelling acts for its state as any capital does («وأعلنت عمّان أنها طلبت»).
            case NameKind.Name when entity.Type == EntityType.GPE && CapitalHomograph(i, length, stripped, entity) is { } capital:
                if (capital.ActsFor is not null && PlaceReading.IsActing(s, i, stripped))
                    s.AddDraft(i, end, stripped, capital.ActsFor, PlaceReading.ActorType(s, capital), MentionKind.Metonym, EntityRules.Metonym, fusedArticle: fused);
                else
                    s.AddDraft(i, end, stripped, capital.Id, capital.Type, MentionKind.Name, EntityRules.Place, fusedArticle: fused);
                break;
            case NameKind.Place:
                s.AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.Name, EntityRules.Place, fusedArticle: fused);
                break;
            case NameKind.Description:
                s.AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.Description, EntityRules.GazetteerName, fusedArticle: fused);
                break;
            case NameKind.StandaloneShort:
                s.AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.ShortName, EntityRules.StandaloneShort, fusedArticle: fused);
                break;
            default:
                s.AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.Name,
                    entry.NeedsContext ? EntityRules.GazetteerContextName : EntityRules.GazetteerName, fusedArticle: fused);
                break;
        }
    }

    /// <summary>
    /// A state's name that is also another state's capital (عمان: Oman, or Amman) is the capital when the text says the
    /// city: the capital's own spelling as written (عمّان with its shadda), a dateline naming its state (عمان، الأردن),
    /// or its state's nisba right before it (العاصمة الأردنية عمان).
    /// </summary>
    private KnownEntity? CapitalHomograph(int i, int length, int stripped, KnownEntity state)
    {
        foreach (var (capital, own) in CapitalHomographs.Of(s, i, length, stripped, state))
        {
            var written = s.Input.Text[s.Tokens[i].Span.Start..s.Tokens[i + length - 1].Span.End];
            if (capital.NamesAr.Any(n => n != state.NameAr && written.EndsWith(n, StringComparison.Ordinal) && !state.NamesAr.Contains(n)))
                return capital;
            var next = i + length;
            if (next < s.Tokens.Count && s.Tokens[next].Normalized is "،" or "," or "-" or "(") next++;
            if (next < s.Tokens.Count && NameMatcher.Match(s, next, e => e.Entity == own && e.Kind == NameKind.Name, allowClitics: false) is not null)
                return capital;
            var p = s.Previous(i);
            if (p >= 0 && s.Claim[p] >= 0 && s.Drafts[s.Claim[p]] is { Kind: MentionKind.Nisba } nisba && nisba.EntityId == own.Id)
                return capital;
        }
        return null;
    }

    private void EmitEmbassy(int i, EmbassyMatch m)
    {
        var stateSlug = m.State.Id[(m.State.Id.IndexOf(':') + 1)..];
        var placeSlug = m.Place is null ? "" : "-in-" + m.Place.Id[(m.Place.Id.IndexOf(':') + 1)..];
        var nameEn = $"Embassy of {m.State.NameEn}" + (m.Place is null ? "" : $" in {m.Place.NameEn}");
        var nameAr = $"سفارة {m.State.NameAr}" + (m.Place is null ? "" : $" لدى {m.Place.NameAr}");
        var id = s.RegisterUnknown(EntityType.ORG, nameAr, nameEn, $"org:embassy-{stateSlug}{placeSlug}");
        s.AddDraft(i, m.End, m.Stripped, id, EntityType.ORG, MentionKind.Name, EntityRules.Embassy);
    }
}
