using Marsad.Entities;
using Marsad.Entities.Linking;
using Marsad.Entities.Gazetteer;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// Finds the phrases of an article that can act in an event: the outermost entity mentions, with the state and sector of
/// their entity, and head nouns of Resources/Events/actor-nouns.tsv with the state named right after them
/// («قوات إيرانية», «السفارة الإيرانية لدى الرياض» stays the embassy the entity step found). It orchestrates: the tokens
/// of each phrase map to text through <see cref="PhraseSpan"/>, the name after a place noun is read in
/// <see cref="PlaceNames"/>, and a role and the name beside it fold into one phrase in <see cref="AppositionFold"/>, the
/// last pass.
/// </summary>
public sealed class ActorPhraseFinder(EventLanguage language, EntityGazetteer gazetteer)
{
    private readonly RealmState _realms = new(gazetteer);
    private readonly BodyMembers _members = new(language);
    private readonly AffiliationJoin _affiliations = new(language);
    private readonly PlaceNames _places = new(language);

    /// <summary>The sector of a noun that stands for a state named before it («بلاده»): <c>ActorStates</c> resolves it.</summary>
    internal const string StateAnaphor = "@state";
    private const string BodyAnaphor = BodyMembers.Sector;
    private const string PairAnaphor = Arguments.PairParties.Sector;
    private const string RealmAnaphor = RealmState.Sector;
    private const string InternationalBody = "IGO";
    private const string Diplomatic = "DIP";

    /// <summary>A noun standing for actors named earlier (a state, or the two parties of a bilateral act): named with a state after it, it is that government.</summary>
    internal static bool IsAnaphor(string? sector) => sector is StateAnaphor or PairAnaphor;

    public IReadOnlyList<ActorPhrase> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, ArticleEntities entities)
    {
        var mentions = entities.Mentions
            .Where(m => m.EndToken > m.FirstToken && m.EndToken <= tokens.Count)
            .OrderBy(m => m.FirstToken).ThenByDescending(m => m.EndToken).ToList();
        var outer = new List<EntityMention>();
        foreach (var mention in mentions)
            if ((outer.Count == 0 || mention.FirstToken >= outer[^1].EndToken) && !IsCommonWording(words, mention)) outer.Add(mention);
        var mentionAt = new EntityMention?[tokens.Count];
        foreach (var mention in outer) mentionAt[mention.FirstToken] = mention;
        var covered = new bool[tokens.Count];
        foreach (var mention in outer)
            for (var t = mention.FirstToken; t < mention.EndToken; t++) covered[t] = true;

        var phrases = new List<ActorPhrase>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (mentionAt[t] is { } mention)
            {
                phrases.Add(FromMention(text, tokens, words, mention, mentions));
                t = mention.EndToken - 1;
                continue;
            }
            // «بلدة سراقب», «العاصمة كولومبو»: a place noun and the name after it are one place, in the named place's state.
            if (!covered[t] && _places.NameAfter(text, tokens, words, covered, mentionAt, t) is ({ } placeEnd and > 0, var name))
            {
                var placePrefix = _places.NounPrefix(words[t]);
                phrases.Add(new ActorPhrase(t, placeEnd, PhraseSpan.Of(tokens, t, placeEnd, placePrefix, text), PhraseSpan.Text(text, tokens, t, placeEnd, placePrefix),
                    name?.EntityId, name is null ? null : CountryOf(name, mentions), null, Collective: false, IsPlace: true, placePrefix));
                t = placeEnd - 1;
                continue;
            }
            // «طلباً أردنياً», «مواطنا سعوديا»: a nisba in the indefinite accusative (its tanween alef) names its state as the
            // other forms do; the entity step lists the nisba without that alef.
            if (!covered[t] && AccusativeNisba(words[t]) is ({ } nisbaState, var nisbaForm))
            {
                var nisbaPrefix = words[t].Prefixes[nisbaForm];
                phrases.Add(new ActorPhrase(t, t + 1, PhraseSpan.Of(tokens, t, t + 1, nisbaPrefix, text), PhraseSpan.Text(text, tokens, t, t + 1, nisbaPrefix), nisbaState.Id,
                    Countries.Alpha3(nisbaState.Iso), language.Sectors.GetValueOrDefault("type:GPE"), Collective: false, IsPlace: false, nisbaPrefix, Adjectival: true));
                continue;
            }
            if (covered[t] || !language.TryActorNoun(words[t], out var sector, out var form) || NegatedAdjective(words, t)) continue;
            // «سيزور المملكة»: a noun for a kind of state is the one state of that kind the article names, else nobody.
            if (sector == RealmAnaphor)
            {
                if (_realms.Resolve(words[t].Forms[form], mentions) is { } realm)
                    phrases.Add(new ActorPhrase(t, t + 1, PhraseSpan.Of(tokens, t, t + 1, words[t].Prefixes[form], text), PhraseSpan.Text(text, tokens, t, t + 1, words[t].Prefixes[form]),
                        realm.Id, Countries.Alpha3(realm.Iso), language.Sectors.GetValueOrDefault("type:GPE"), Collective: false, IsPlace: false, words[t].Prefixes[form]));
                continue;
            }
            // «عناصرها»: members named by their body's pronoun are a phrase of their own (ActorStates.ToActor finds the
            // body); «عناصر الأمن» without one is the body the next noun names.
            if (sector == BodyAnaphor)
            {
                if (!BodyMembers.HasPossessiveSuffix(tokens[t], words[t].Forms[form])) continue;
                phrases.Add(new ActorPhrase(t, t + 1, PhraseSpan.Of(tokens, t, t + 1, words[t].Prefixes[form], text), PhraseSpan.Text(text, tokens, t, t + 1, words[t].Prefixes[form]),
                    null, null, BodyAnaphor, Collective: true, IsPlace: false, words[t].Prefixes[form]));
                continue;
            }
            // Nouns in a row (وسائل إعلام، قوات الأمن), then the state: a nisba or a state's name.
            var end = t + 1;
            // A definite noun ends its construct: «السلطات الوفد المصري» is two phrases, «قوات الأمن» one.
            // So does a sound masculine plural with its ن («ويتهم ناشطون الشرطة»): a construct's first noun drops it (ناشطو).
            while (end < tokens.Count && end - t < 3 && !covered[end] && !words[end - 1].IsDefinite && !KeepsPluralNun(tokens[end - 1]) && language.TryActorNoun(words[end], out _, out _)) end++;
            // «قوات التحالف», «طائرات التحالف»: the forces of a coalition are the coalition's, a body of no one state.
            // «رئيس الجمهورية», «سفير المملكة»: a body of a kind of state named by its noun is that state's (RealmState).
            string? realmCountry = null;
            for (var u = t + 1; u < end; u++)
            {
                if (!language.TryActorNoun(words[u], out var genitiveSector, out var genitiveForm)) continue;
                if (genitiveSector == InternationalBody) sector = InternationalBody;
                if (genitiveSector == RealmAnaphor && _realms.Resolve(words[u].Forms[genitiveForm], mentions) is { } realm) realmCountry = Countries.Alpha3(realm.Iso);
            }
            var prefix = words[t].Prefixes[form];
            // Nisba adjectives agreeing with the noun belong to it: «المجلس العسكري», «السلطات المحلية».
            var adjectives = end;
            // An affiliation («قوات موالية للحكومة») ties the noun to another actor (AffiliationJoin); it is no nisba.
            while (adjectives < tokens.Count && adjectives - end < 2 && !covered[adjectives] && IsAdjectiveOf(tokens[adjectives], words[adjectives], words[end - 1])
                   && !language.IsCue("affiliation", words[adjectives])) adjectives++;
            // «الميليشيات الحوثية»: an adjective that is an organization's name in the feminine makes the noun that organization.
            if (OrganizationAdjective(tokens, end, adjectives) is { } org)
            {
                var orgEnd = adjectives;
                phrases.Add(new ActorPhrase(t, orgEnd, PhraseSpan.Of(tokens, t, orgEnd, prefix, text), PhraseSpan.Text(text, tokens, t, orgEnd, prefix), org.Id,
                    OrganizationCountry(org), org.Kind is { } kind ? language.Sectors.GetValueOrDefault("org:" + kind) ?? sector : sector, Collective: false, IsPlace: false, prefix));
                t = orgEnd - 1;
                continue;
            }
            // One other word may stand between the noun and the state («ممثلي الدبلوماسية الإيرانية»), unless it is an actor
            // noun heading a phrase of its own: «السلطات الوفد المصري». A plural that keeps its ن has no genitive, so the word
            // after it is its object and the state that object's: «أحرق مستوطنون منازل فلسطينية», «ناشطون الشرطة الكينية».
            var stateAt = adjectives > end ? adjectives
                : end < tokens.Count && mentionAt[end] is null && end + 1 < tokens.Count && !covered[end] && words[end].Forms.Count > 0
                  && !KeepsPluralNun(tokens[end - 1]) && !(words[end - 1].IsDefinite && language.TryActorNoun(words[end], out _, out _)) ? end + 1 : end;
            // «وزراء الخارجية العرب», «وزراء الزراعة العرب», «المسؤولين الأتراك»: a people's broken plural qualifies the group as a
            // nisba would, in the same places. A group of a people of several states acts as a multinational body (IGO): no
            // state, and none from the place it meets in («اجتماع وزراء الخارجية العرب في الرباط» is no Moroccan meeting).
            var peopleAt = PeopleAt(tokens, words, covered, adjectives, out var groupState) ? adjectives
                : stateAt > adjectives && PeopleAt(tokens, words, covered, stateAt, out groupState) ? stateAt : -1;
            if (peopleAt > 0)
            {
                var groupEnd = peopleAt + 1;
                phrases.Add(new ActorPhrase(t, groupEnd, PhraseSpan.Of(tokens, t, groupEnd, prefix, text), PhraseSpan.Text(text, tokens, t, groupEnd, prefix), null,
                    groupState, groupState is null ? InternationalBody : IsAnaphor(sector) ? "GOV" : sector, Collective: true, IsPlace: false, prefix));
                t = groupEnd - 1;
                continue;
            }
            // «بين بلاده وإيطاليا»: a state joined to the noun by و is another party, not the noun's state.
            if (stateAt < tokens.Count && mentionAt[stateAt] is { } state && !JoinedByAnd(text, tokens, state)
                && ((state.Type is EntityType.GPE && state.Kind is MentionKind.Nisba or MentionKind.Name or MentionKind.LoadedTerm && (stateAt == end || stateAt == adjectives && adjectives > end || state.Kind is MentionKind.Nisba))
                    // «تنظيم داعش», «حركة حماس»: the noun names the organization after it.
                    || (state.Type is EntityType.ORG && stateAt == end)))
            {
                var country = CountryOf(state, mentions);
                var known = state.Type is EntityType.ORG ? FromMention(text, tokens, words, state, mentions) : null;
                phrases.Add(new ActorPhrase(t, state.EndToken, PhraseSpan.Of(tokens, t, state.EndToken, prefix, text), PhraseSpan.Text(text, tokens, t, state.EndToken, prefix),
                    state.EntityId, country, known?.Sector ?? (IsAnaphor(sector) ? "GOV" : sector), Collective: false, IsPlace: false, prefix));
                t = state.EndToken - 1;
                continue;
            }
            // A definite body located in a state is that state's: «المجلس العسكري في النيجر», «السلطات في بكين».
            // One other definite adjective may come first: «النيابة العامة في ليبيا», «المجلس العسكري الحاكم في النيجر».
            // An international body stays no state's where it acts: «التحالف في الرقة» is the coalition, not Syria. So does a
            // diplomatic body (an embassy, an envoy, a delegation): it sits in its host state and acts for another, and is
            // left collective for the state the article is about («السفارة في عمّان» is no Jordanian embassy).
            var seatAt = adjectives + 1 < tokens.Count && !covered[adjectives] && words[adjectives].IsDefinite && !language.TryActorNoun(words[adjectives], out _, out _) ? adjectives + 1 : adjectives;
            if (!IsSeat(tokens, words, seatAt)) seatAt = adjectives;
            // The body is definite by its article or by its construct's last noun («وزارة الخارجية في البحرين»).
            if ((words[t].IsDefinite || words[end - 1].IsDefinite) && seatAt < tokens.Count - 1 && IsSeat(tokens, words, seatAt)
                && mentionAt[seatAt + 1] is { Type: EntityType.GPE or EntityType.LOC } seat && CountryOf(seat, mentions) is { } seatCountry)
            {
                phrases.Add(new ActorPhrase(t, seat.EndToken, PhraseSpan.Of(tokens, t, seat.EndToken, prefix, text), PhraseSpan.Text(text, tokens, t, seat.EndToken, prefix),
                    null, sector is InternationalBody or Diplomatic ? null : seatCountry, IsAnaphor(sector) ? "GOV" : sector, Collective: sector == Diplomatic, IsPlace: false, prefix));
                t = seat.EndToken - 1;
                continue;
            }
            // «جماعة «جبهة تحرير الساحل»»: a name in quotation marks after the noun is the body's name.
            if (QuotedNameEnd(tokens, adjectives) is var quoted and > 0)
            {
                // A name the entity step knows («قناة «الجزيرة»») gives the phrase its entity and state.
                var named = outer.FirstOrDefault(m => m.FirstToken > adjectives && m.EndToken < quoted);
                var known = named is null ? null : FromMention(text, tokens, words, named, mentions);
                phrases.Add(new ActorPhrase(t, quoted, PhraseSpan.Of(tokens, t, quoted, prefix, text), PhraseSpan.Text(text, tokens, t, quoted, prefix), known?.EntityId, known?.Country,
                    known?.Sector ?? (IsAnaphor(sector) ? "GOV" : sector), Collective: false, IsPlace: false, prefix));
                t = quoted - 1;
                continue;
            }
            end = adjectives;
            // «عشرة صحفيين», «أكثر من 300 وافد», «مئات المعلمين»: the count before a group noun belongs to the phrase.
            var first = CountBefore(tokens, words, covered, t, phrases.Count > 0 ? phrases[^1].End : 0);
            if (first < t) prefix = words[first].Prefixes.Count > 0 ? words[first].Prefixes[0] : "";
            // «مستوطنون» with no state named are the people of the one state the noun names them for (actor-nouns.tsv, third column).
            phrases.Add(new ActorPhrase(first, end, PhraseSpan.Of(tokens, first, end, prefix, text), PhraseSpan.Text(text, tokens, first, end, prefix), null,
                realmCountry ?? language.ActorNounStates.GetValueOrDefault(words[t].Forms[form]), sector, Collective: true, IsPlace: false, prefix));
            t = end - 1;
        }
        return AppositionFold.Fold(text, tokens, _affiliations.Join(text, tokens, words, _members.WithMembers(text, tokens, words, phrases)));
    }

    /// <summary>
    /// The first token of a count right before a group noun: a figure or number word (Resources/Time/numbers.tsv), or a
    /// quantifier (arguments.tsv) with its من, at most three tokens, none covered by another phrase.
    /// </summary>
    private int CountBefore(IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, bool[] covered, int noun, int floor)
    {
        var first = noun;
        for (var t = noun - 1; t >= floor && noun - t <= 3 && !covered[t]; t--)
        {
            if (CountWord.Is(tokens[t])) first = t;
            else if (tokens[t].Key == "من" && t > floor && language.IsCue("quantifier", words[t - 1])) { }
            else if (words[t].Forms.Count > 0 && language.IsCue("quantifier", words[t])) first = t;
            else break;
        }
        return first;
    }

    private bool IsSeat(IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, int at) =>
        at < tokens.Count && words[at].Forms.Count > 0 && language.IsCue("seat", tokens[at].Key);

    /// <summary>
    /// An organization the gazetteer names by the masculine of one of the adjectives in [<paramref name="from"/>,
    /// <paramref name="to"/>): «الحوثية» is «الحوثي» with the feminine ة an adjective of a plural or feminine noun takes.
    /// </summary>
    private KnownEntity? OrganizationAdjective(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var key = tokens[t].Key;
            if (key.Length < 5 || !key.EndsWith("يه", StringComparison.Ordinal)) continue;
            foreach (var entry in gazetteer.Lookup(key.AsSpan(0, key.Length - 1)))
                if (entry is { Kind: NameKind.Name, NeedsContext: false, Entity.Type: EntityType.ORG }) return entry.Entity;
        }
        return null;
    }

    private static string? OrganizationCountry(KnownEntity org) => org.Country is { } alpha2 ? Countries.Alpha3(alpha2) : null;

    /// <summary>
    /// «أجرى الرئيس الفرنسي اتصالا هاتفيا»: a person name the entity step only guessed (no known entity) whose words are
    /// wholly an event the trigger lexicon reads is that event, not a name; the role before it must not swallow it. So is
    /// one word the actor nouns read («وأعلن الوزيران»): a common noun for an actor, not a name; and one word that is a
    /// trigger verb with the future prefix («وزير الدفاع سيغادر إلى»): a name takes no سـ, whatever follows it.
    /// </summary>
    private bool IsCommonWording(IReadOnlyList<WordForms> words, EntityMention mention) =>
        mention is { Type: EntityType.PER, Kind: MentionKind.Name } && EntityId.IsUnknown(mention.EntityId)
        && (language.Triggers.MatchAt(words, mention.FirstToken, mention.EndToken) is { } match && match.End == mention.EndToken
            || mention.EndToken - mention.FirstToken == 1 && (language.TryActorNoun(words[mention.FirstToken], out _, out _) || FutureVerb(words, mention.FirstToken)));

    private bool FutureVerb(IReadOnlyList<WordForms> words, int token) =>
        language.Triggers.MatchAt(words, token, words.Count) is { Value.Verbal: true } match
        && PatternWord.IsFuturePrefix(words[token].Prefixes[match.FirstForm]);

    /// <summary>Whether a mention carries the conjunction و before its word (its proclitics open with و): «وإيطاليا».</summary>
    private static bool JoinedByAnd(string text, IReadOnlyList<Token> tokens, EntityMention mention) =>
        mention.Span.Start > tokens[mention.FirstToken].Span.Start && text[tokens[mention.FirstToken].Span.Start] == 'و';

    /// <summary>A sound masculine plural that keeps its ن (ون، ين), which no first term of a construct does.</summary>
    private static bool KeepsPluralNun(Token token) =>
        SoundPluralEnding.Masculine(token.Key, minLength: 5);

    /// <summary>A nisba adjective of any number (<see cref="NisbaAdjective.IsAnyNumber"/>) with the definiteness of its noun; <see cref="PlaceNames"/> reads it too.</summary>
    internal static bool IsAdjectiveOf(Token token, WordForms word, WordForms noun) =>
        NisbaAdjective.IsAnyNumber(token) && word.IsDefinite == noun.IsDefinite;

    /// <summary>The token after the closing mark when a quoted name of one to six words opens at <paramref name="at"/>, else 0.</summary>
    private static int QuotedNameEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Quote) return 0;
        for (var t = at + 1; t < tokens.Count && t - at <= 7; t++)
        {
            if (tokens[t].Kind == TokenKind.Quote) return t - at > 1 ? t + 1 : 0;
            if (!tokens[t].IsWord) return 0;
        }
        return 0;
    }

    /// <summary>
    /// The state of a nisba with the accusative alef of its tanween (أردنيا = أردني + ا), and the form it was read in: the
    /// form without the alef is a nisba the gazetteer lists and the form itself names nothing — روسيا and تركيا end the
    /// same way and are states' names.
    /// </summary>
    private (KnownEntity? State, int Form) AccusativeNisba(WordForms word)
    {
        for (var i = 0; i < word.Forms.Count; i++)
        {
            var form = word.Forms[i];
            if (form.Length < 5 || !form.EndsWith("يا", StringComparison.Ordinal) || gazetteer.Lookup(form).Count > 0) continue;
            foreach (var entry in gazetteer.Lookup(form.AsSpan(0, form.Length - 1)))
                if (entry.Kind == NameKind.Nisba && entry.Entity.Iso is not null) return (entry.Entity, i);
        }
        return (null, -1);
    }

    /// <summary>
    /// A people's broken plural at <paramref name="at"/>, free and as definite as the word before it, which it qualifies;
    /// read whole, with no pronoun after it («عربي» is no «عرب» + ي).
    /// </summary>
    private bool PeopleAt(IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, bool[] covered, int at, out string? state)
    {
        state = null;
        return at < words.Count && !covered[at] && words[at].IsDefinite == words[at - 1].IsDefinite && IsPeople(words[at], out state, out var form)
               && tokens[at].Key.EndsWith(words[at].Forms[form], StringComparison.Ordinal);
    }

    /// <summary>A people named by its broken plural (peoples.tsv), its state (null when it spans several) and the form read.</summary>
    private bool IsPeople(WordForms word, out string? state, out int form)
    {
        for (var i = 0; i < word.Forms.Count; i++)
        {
            if (language.Peoples.TryGetValue(word.Forms[i], out state))
            {
                form = i;
                return true;
            }
        }
        state = null;
        form = -1;
        return false;
    }

    /// <summary>
    /// «قال إنه غير مسؤول عن الهجمات»: a role noun right after a noun of negation (arguments.tsv, privative) is a negated
    /// adjective describing someone, no actor of its own.
    /// </summary>
    private bool NegatedAdjective(IReadOnlyList<WordForms> words, int t) => t > 0 && language.IsCue("privative", words[t - 1]);

    private ActorPhrase FromMention(string text, IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, EntityMention mention, IReadOnlyList<EntityMention> all)
    {
        var known = EntityId.IsUnknown(mention.EntityId) ? null : gazetteer.Find(mention.EntityId);
        var country = CountryOf(mention, all);
        var sector = SectorOf(mention, known);
        var wordStart = tokens[mention.FirstToken].Span.Start;
        // Most mentions start with their word: nothing to normalize then.
        var proclitics = mention.Span.Start <= wordStart ? "" : MatchingKey.Of(text[wordStart..mention.Span.Start]);
        // A city or region is a place unless it stands for its state (a metonym: «اتهمت الرياض»).
        var place = mention.Type is EntityType.LOC && mention.Kind is not MentionKind.Metonym;
        // A ministry the entity step knows only by its portfolio («وزارة الموارد المائية») is a body of a state, as its head
        // noun says: that noun's sector, and the article's state when none is named in it (collective, like «الوزارة»).
        if (mention.Rule == EntityRules.Ministry && known is null && language.TryActorNoun(words[mention.FirstToken], out var bodySector, out _))
            return new ActorPhrase(mention.FirstToken, mention.EndToken, mention.Span, mention.Text, mention.EntityId,
                country, bodySector, Collective: country is null, IsPlace: false, proclitics);
        // The entity step already wrote a mention after «لل» with its article («للرئيس تبون» → «الرئيس تبون»).
        return new ActorPhrase(mention.FirstToken, mention.EndToken, mention.Span, mention.Text, mention.EntityId,
            country, place ? null : sector, Collective: false, place, proclitics, mention.Kind is MentionKind.Nisba);
    }

    private string? SectorOf(EntityMention mention, KnownEntity? known)
    {
        if (mention.Type is EntityType.GPE || mention.Kind is MentionKind.Metonym or MentionKind.LoadedTerm)
            return language.Sectors.GetValueOrDefault("type:GPE");
        if (known is null) return null;
        if (mention.Type is EntityType.PER)
            return known.Roles.Select(r => language.Sectors.GetValueOrDefault("role:" + r.Role)).FirstOrDefault(s => s is not null);
        if (mention.Type is EntityType.ORG && known.Kind is { } kind) return language.Sectors.GetValueOrDefault("org:" + kind);
        return null;
    }

    /// <summary>
    /// The state of the entity (its own code, the state it belongs to or acts for, an office's state), else of a state
    /// named inside the mention. <paramref name="all"/> is every mention of the article ordered by first token.
    /// </summary>
    private string? CountryOf(EntityMention mention, IReadOnlyList<EntityMention> all)
    {
        var known = EntityId.IsUnknown(mention.EntityId) ? null : gazetteer.Find(mention.EntityId);
        var alpha2 = known?.Iso ?? known?.Country ?? known?.Roles.FirstOrDefault()?.Iso;
        if (alpha2 is null && known?.ActsFor is { } state) alpha2 = gazetteer.Find(state)?.Iso;
        if (alpha2 is not null) return Countries.Alpha3(alpha2);
        if (StateInside(mention, all) is { } inside) return inside;
        // A person the gazetteer does not know carries the state of the office the article gave them: «المتحدث باسم الجيش
        // اللبناني العميد خالد الحسيني» … «وأكد الحسيني» acts for Lebanon.
        if (mention.Type is not EntityType.PER) return null;
        foreach (var m in all)
            if (m.Kind is MentionKind.Role && m.EntityId == mention.EntityId && StateInside(m, all) is { } office) return office;
        return null;
    }

    /// <summary>The state named inside <paramref name="mention"/> («وزير الخارجية الإيراني», «سفارة قطر»), or null.</summary>
    private string? StateInside(EntityMention mention, IReadOnlyList<EntityMention> all)
    {
        // All mentions are in token order: one starting at or after the mention's last token cannot be inside it.
        foreach (var m in all)
        {
            if (m.FirstToken >= mention.EndToken) break;
            if (m != mention && m.Type is EntityType.GPE && mention.Span.Contains(m.Span))
                return Countries.Alpha3(gazetteer.Find(m.EntityId)?.Iso);
        }
        return null;
    }
}
