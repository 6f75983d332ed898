using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

internal sealed partial class ArticleScan
{
    private readonly record struct NameMatch(int Length, int Stripped, NameEntry Entry);

    // After an office, these make it a past holder (الرئيس الأمريكي الأسبق): only a name next to it says who.
    private static readonly HashSet<string> s_former = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله"];

    // Words that may stand between an office and its holder's name: الرئيس الأمريكي الجديد جو بايدن.
    private static readonly HashSet<string> s_officeModifiers = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله", "الحالي", "الحاليه", "الجديد", "الجديده"];

    private static bool IsPrimaryName(NameEntry e) =>
        e.Kind is NameKind.Name or NameKind.LoadedTerm or NameKind.Place or NameKind.Nisba or NameKind.StandaloneShort;

    private static bool IsState(NameEntry e) =>
        e.Entity.Type == EntityType.GPE && e.Kind is NameKind.Name or NameKind.Nisba or NameKind.LoadedTerm;

    /// <summary>Pass 1: at each token the longest of a gazetteer name, a role phrase, an embassy or an org acronym.</summary>
    private void MatchGazetteerRolesAndPatterns()
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            if (_tokens[i].Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number) || _sentenceOf[i] < 0 && _input.Sentences.Count > 0)
            {
                i++;
                continue;
            }
            var name = MatchName(i, IsPrimaryName, allowClitics: true);
            if (name is { Entry.Kind: NameKind.LoadedTerm } loaded && NamesAnotherOccupier(i + loaded.Length, loaded.Entry.Entity)) name = null;
            var role = MatchRole(i);
            var embassy = name is null ? MatchEmbassy(i) : null;
            var acronym = MatchOrgAcronym(i);
            var body = MatchNationalBody(i);

            var nameLength = name?.Length ?? 0;
            var roleLength = role is null ? 0 : role.End - role.First;
            var embassyLength = embassy?.End - i ?? 0;
            var acronymLength = acronym ?? 0;
            var bodyLength = body?.End - i ?? 0;
            var longest = Math.Max(Math.Max(Math.Max(nameLength, roleLength), Math.Max(embassyLength, acronymLength)), bodyLength);
            if (longest == 0)
            {
                i++;
                continue;
            }
            if (nameLength == longest) EmitName(i, name!.Value);
            else if (roleLength == longest)
            {
                _roles.Add(role!);
                for (var k = role!.First; k < role.End; k++) _claim[k] = Reserved;
            }
            else if (embassyLength == longest) EmitEmbassy(i, embassy!.Value);
            else if (bodyLength == longest)
            {
                var text = NormalizedText(i, body!.Value.End)[body.Value.Stripped..];
                AddDraft(i, body.Value.End, body.Value.Stripped, RegisterUnknown(EntityType.ORG, text), EntityType.ORG, MentionKind.Name, EntityRules.NationalBody);
            }
            else
            {
                var text = NormalizedText(i, i + acronymLength);
                AddDraft(i, i + acronymLength, 0, RegisterUnknown(EntityType.ORG, text), EntityType.ORG, MentionKind.Name, EntityRules.OrgAcronym);
            }
            i += longest;
        }
    }

    private NameMatch? MatchName(int i, Func<NameEntry, bool> accept, bool allowClitics)
    {
        NameMatch? best = null;
        var sentenceEnd = SentenceEnd(i);
        foreach (var (first, stripped) in ProcliticVariants.Of(Key(i)))
        {
            if (stripped > 0 && !allowClitics) break;
            var max = Math.Min(_g.NameWordsFrom(first), sentenceEnd - i);
            for (var n = max; n >= 1 && n > (best?.Length ?? 0); n--)
            {
                foreach (var entry in _g.Lookup(PhraseKeyAt(first, i, n)))
                {
                    if (!accept(entry) || entry.NeedsContext && !ContextAllows(i, entry, stripped)) continue;
                    best = new NameMatch(n, stripped, entry);
                    break;
                }
                if (best?.Length == n) break;
            }
        }
        return best;
    }

    /// <summary>An ambiguous name (marked ? in the data) counts only after a word that announces its kind.</summary>
    private bool ContextAllows(int i, NameEntry entry, int stripped)
    {
        var needed = entry.Entity.Type == EntityType.ORG ? ContextKind.Outlet | ContextKind.Org : ContextKind.Place;
        if (entry.Entity.Type != EntityType.ORG && stripped > 0 && Key(i)[stripped - 1] == 'ب') return true;
        var p = Previous(i);
        return p >= 0 && (ContextOf(p) & needed) != 0;
    }

    /// <summary>الاحتلال الأمريكي is another occupation: a loaded term followed by another state's nisba is not this state.</summary>
    private bool NamesAnotherOccupier(int next, KnownEntity state)
    {
        if (next >= _tokens.Count || IsSeparator(next)) return false;
        var nisba = MatchName(next, e => e.Kind == NameKind.Nisba, allowClitics: false);
        return nisba is not null && nisba.Value.Entry.Entity != state;
    }

    private void EmitName(int i, NameMatch match)
    {
        var (length, stripped, entry) = match;
        var entity = entry.Entity;
        var end = i + length;
        switch (entry.Kind)
        {
            case NameKind.Nisba:
                AddDraft(i, end, stripped, entity.Id, EntityType.GPE, MentionKind.Nisba, EntityRules.Nisba);
                break;
            case NameKind.LoadedTerm:
                AddDraft(i, end, stripped, entity.Id, EntityType.GPE, MentionKind.LoadedTerm, EntityRules.Loaded);
                break;
            case NameKind.Place when entity.ActsFor is not null && IsActing(i, stripped):
                AddDraft(i, end, stripped, entity.ActsFor, ActorType(entity), MentionKind.Metonym, EntityRules.Metonym);
                break;
            case NameKind.Name when entity.Type == EntityType.GPE && CapitalHomograph(i, length, stripped, entity) is { } capital:
                AddDraft(i, end, stripped, capital.Id, capital.Type, MentionKind.Name, EntityRules.Place);
                break;
            case NameKind.Place:
                AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.Name, EntityRules.Place);
                break;
            case NameKind.StandaloneShort:
                AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.ShortName, EntityRules.StandaloneShort);
                break;
            default:
                AddDraft(i, end, stripped, entity.Id, entity.Type, MentionKind.Name,
                    entry.NeedsContext ? EntityRules.GazetteerContextName : EntityRules.GazetteerName);
                break;
        }
    }

    /// <summary>A role phrase at <paramref name="i"/> and the state after it: a nisba, a state's name or a loaded term.</summary>
    private RoleDraft? MatchRole(int i)
    {
        var sentenceEnd = SentenceEnd(i);
        foreach (var (first, stripped) in ProcliticVariants.Of(Key(i)))
        {
            var max = Math.Min(_g.RoleWordsFrom(first), sentenceEnd - i);
            for (var n = max; n >= 1; n--)
            {
                if (_g.Role(PhraseKeyAt(first, i, n)) is not { } phrase) continue;
                var role = new RoleDraft { First = i, End = i + n, Stripped = stripped, Phrase = phrase };
                // A definite office (الرئيس، رئيس الوزراء) takes a definite nisba (الفرنسي); an office in construct
                // (رئيس وزراء، وزير خارجية) takes the state's name: «الأمير تركي» is a prince called Turki.
                var definite = Key(i + n - 1).StartsWith("ال", StringComparison.Ordinal);
                if (role.End < sentenceEnd && MatchName(role.End, e => IsState(e) && (e.Kind != NameKind.Nisba || definite && IsDefinite(role.End)),
                        allowClitics: false) is { } spec)
                {
                    role.State = spec.Entry.Entity;
                    role.LoadedSpec = spec.Entry.Kind == NameKind.LoadedTerm;
                    role.End += spec.Length;
                }
                else if (phrase.FixedIso is not null) role.State = _g.StateByIso(phrase.FixedIso);
                role.Former = role.End < sentenceEnd && s_former.Contains(Key(role.End));
                return role;
            }
        }
        return null;
    }

    /// <summary>The type of what a place stands for when it acts: a state, or a body (بروكسل → the European Union).</summary>
    private EntityType ActorType(KnownEntity place) => place.ActsFor is { } id && _g.Find(id) is { } actor ? actor.Type : EntityType.GPE;

    /// <summary>
    /// A state's name that is also another state's capital (عمان: Oman, or Amman) is the capital when the text says the
    /// city: the capital's own spelling as written (عمّان with its shadda), a dateline naming its state (عمان، الأردن),
    /// or its state's nisba right before it (العاصمة الأردنية عمان).
    /// </summary>
    private KnownEntity? CapitalHomograph(int i, int length, int stripped, KnownEntity state)
    {
        var key = PhraseKeyAt(ProcliticVariants.Of(Key(i)).First(v => v.Stripped == stripped).Key, i, length);
        foreach (var entry in _g.Lookup(key))
        {
            if (entry.Kind != NameKind.Place || entry.Entity.Kind != "capital" || entry.Entity.ActsFor == state.Id
                || _g.Find(entry.Entity.ActsFor ?? "") is not { Type: EntityType.GPE } own) continue;
            var written = _input.Text[_tokens[i].Span.Start.._tokens[i + length - 1].Span.End];
            if (entry.Entity.NamesAr.Any(n => n != state.NameAr && written.EndsWith(n, StringComparison.Ordinal) && !state.NamesAr.Contains(n)))
                return entry.Entity;
            var next = i + length;
            if (next < _tokens.Count && _tokens[next].Normalized is "،" or "," or "-" or "(") next++;
            if (next < _tokens.Count && MatchName(next, e => e.Entity == own && e.Kind == NameKind.Name, allowClitics: false) is not null)
                return entry.Entity;
            var p = Previous(i);
            if (p >= 0 && _claim[p] >= 0 && _drafts[_claim[p]] is { Kind: MentionKind.Nisba } nisba && nisba.EntityId == own.Id)
                return entry.Entity;
        }
        return null;
    }

    private bool IsDefinite(int token) => _tokens[token].Normalized.StartsWith("ال", StringComparison.Ordinal);

    private readonly record struct EmbassyMatch(int End, int Stripped, KnownEntity State, KnownEntity? Place);

    /// <summary>السفارة التركية لدى بغداد / سفارة إيران في ألبانيا: the embassy of a state, in a place when named.</summary>
    private EmbassyMatch? MatchEmbassy(int i)
    {
        var stripped = -1;
        foreach (var (key, s) in ProcliticVariants.Of(Key(i)))
            if (key is "السفاره" or "سفاره") { stripped = s; break; }
        if (stripped < 0 || i + 1 >= _tokens.Count || !InSentence(i + 1, _sentenceOf[i])) return null;
        if (MatchName(i + 1, IsState, allowClitics: false) is not { } state) return null;
        var end = i + 1 + state.Length;
        KnownEntity? place = null;
        if (end + 1 < _tokens.Count && InSentence(end + 1, _sentenceOf[i]) && Key(end) is "لدي" or "في"
            && MatchName(end + 1, e => e.Kind is NameKind.Place or NameKind.Name && e.Entity.Type is EntityType.LOC or EntityType.GPE, allowClitics: false) is { } where)
        {
            place = where.Entry.Entity;
            end = end + 1 + where.Length;
        }
        return new EmbassyMatch(end, stripped, state.Entry.Entity, place);
    }

    private void EmitEmbassy(int i, EmbassyMatch m)
    {
        var stateSlug = m.State.Id[(m.State.Id.IndexOf(':') + 1)..];
        var placeSlug = m.Place is null ? "" : "-in-" + m.Place.Id[(m.Place.Id.IndexOf(':') + 1)..];
        var nameEn = $"Embassy of {m.State.NameEn}" + (m.Place is null ? "" : $" in {m.Place.NameEn}");
        var nameAr = $"سفارة {m.State.NameAr}" + (m.Place is null ? "" : $" لدى {m.Place.NameAr}");
        var id = RegisterUnknown(EntityType.ORG, nameAr, nameEn, $"org:embassy-{stateSlug}{placeSlug}");
        AddDraft(i, m.End, m.Stripped, id, EntityType.ORG, MentionKind.Name, EntityRules.Embassy);
    }

    private readonly record struct BodyMatch(int End, int Stripped);

    /// <summary>
    /// A state's own body named by what it is for: a head noun, a national adjective, then a purpose in ل (للأمن
    /// السيبراني، لمكافحة الفساد) running on through definite words, and/or a state's nisba: «الهيئة الوطنية للأمن
    /// السيبراني», «المركز الوطني للأرصاد السعودي», «المجلس الوطني الفلسطيني». Words in context.tsv (bodyhead, national).
    /// </summary>
    private BodyMatch? MatchNationalBody(int i)
    {
        var stripped = -1;
        foreach (var (key, s) in ProcliticVariants.Of(Key(i)))
            if ((_g.Context(key) & ContextKind.BodyHead) != 0) { stripped = s; break; }
        if (stripped < 0 || !InSentence(i + 1, _sentenceOf[i]) || (_g.Context(Key(i + 1)) & ContextKind.National) == 0) return null;
        var end = i + 2;
        var purpose = false;
        if (InSentence(end, _sentenceOf[i]) && IsArabicWord(end) && Key(end) is { Length: > 3 } lam && lam[0] == 'ل' && !IsStateNisba(end))
        {
            purpose = true;
            end++;
            // The purpose runs on through definite words and their coordination (للشؤون الاقتصادية والاجتماعية).
            while (end < i + 8 && InSentence(end, _sentenceOf[i]) && IsArabicWord(end) && !IsStateNisba(end)
                   && (Key(end).StartsWith("ال", StringComparison.Ordinal) || Key(end).StartsWith("وال", StringComparison.Ordinal))
                   && (ContextOf(end) & (ContextKind.Stop | ContextKind.Title)) == 0)
                end++;
        }
        var nisba = InSentence(end, _sentenceOf[i]) && IsStateNisba(end);
        if (nisba) end++;
        return purpose || nisba ? new BodyMatch(end, stripped) : null;
    }

    private bool IsStateNisba(int token) =>
        MatchName(token, e => e.Kind == NameKind.Nisba && e.Entity.Type == EntityType.GPE, allowClitics: false) is { Length: 1 };

    /// <summary>An organization word followed by Latin capitals (مجموعة ERG): length in tokens, or null.</summary>
    private int? MatchOrgAcronym(int i)
    {
        if ((ContextOf(i) & ContextKind.Org) == 0) return null;
        var end = i + 1;
        while (end < _tokens.Count && InSentence(end, _sentenceOf[i]) && _tokens[end].Kind == TokenKind.LatinWord
               && _tokens[end].Normalized.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            end++;
        return end > i + 1 ? end - i : null;
    }
}
