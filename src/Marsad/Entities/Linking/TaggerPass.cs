using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// The statistical tagger's names for what no rule claimed.
/// </summary>
internal sealed class TaggerPass(ScanState s)
{
    /// <summary>
    /// The statistical tagger, sentence by sentence, for spans no rule claimed. A span whose text the gazetteer knows
    /// links to that entity; otherwise it becomes an unknown entity of the tagger's type.
    /// </summary>
    public void Run()
    {
        if (s.Tagger is null || s.Input.Sentences.Count == 0) return;
        var tagged = s.Tagged();
        for (var n = 0; n < tagged.Count && n < s.Input.Sentences.Count; n++)
        {
            var sentence = s.Input.Sentences[n];
            var spans = SplitAtConjoinedNisba(tagged[n], sentence.FirstToken);
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                var first = sentence.FirstToken + span.Start;
                var end = sentence.FirstToken + span.End;
                if (end <= first || end > sentence.EndToken) continue;
                // The tagger sometimes runs a name into the pronoun or particle after it (خالد هو): trim those off. A word
                // that is no name alone (الله, a currency, a month) ends many a name (عبد الله، نصر الله) and stays in a longer
                // span; alone it is dropped below.
                while (end > first && (s.ContextOf(end - 1) & ContextKind.Stop) != 0) end--;
                var type = span.Type;
                if (type == EntityType.PER && PlaceNamedAfterAPerson(first, end) is { } head)
                {
                    // «بئر بن هرماس», «قرية أبو ديس»: a well, valley or village named so is a place, its head word included.
                    first = head;
                    type = EntityType.LOC;
                }
                // A facility's name is no person; after a prayer word no name of any type is (صلاة المغرب).
                if (type == EntityType.PER && NameWords.NamesAFacility(s, first) || NameWords.NamesAPrayerTime(s, first)) continue;
                if (type == EntityType.PER && i + 1 < spans.Count && spans[i + 1] is { Type: EntityType.PER } next
                    && TitleBeforeName(first, end, sentence.FirstToken + next.Start)) continue;
                // The same title read into the name after it («شيخ الأزهر أحمد», الطيب left out): the name starts after the
                // title, and a given name left alone there takes the family name after it, as after any title (TitleNamePass).
                if (type == EntityType.PER && end - first > 2 && TitleInConstruct(first))
                {
                    first += 2;
                    if (end - first == 1 && FamilyNameAfter(first, sentence.EndToken)) end++;
                }
                // A verb in the future is no name word, whatever the tagger's type: «رامبو سيقاتل», «"سأقوم"».
                while (end > first && NameWords.IsFutureVerb(s, end - 1)) end--;
                while (end > first && NameWords.IsFutureVerb(s, first)) first++;
                var namesAGroup = NamesAGroup(first);
                if (type == EntityType.PER && namesAGroup) type = EntityType.ORG;
                if (type == EntityType.PER) (first, end) = TrimPersonSpan(first, end);
                if (type == EntityType.PER && PossessedNounAfterFirst(first, end) is { } possessed)
                {
                    // «بجميل شعورهم وكريم لطفهم»: an adjective in construct with a noun that carries a pronoun is no
                    // name, and the word before the noun alone is the adjective, no given name; a longer name ends there.
                    if (possessed - first < 2) continue;
                    end = possessed;
                }
                if (type == EntityType.PER && (LengthensKnownPerson(first, end) || ClosesNameBefore(first, end))) continue;
                var givenBefore = type == EntityType.PER && GivenNameJoinedBefore(first, sentence.FirstToken);
                if (givenBefore) first--;
                var free = end > first && (s.Claim[first] == ScanState.Free || s.Claim[first] >= 0 && IsGivenNameOfNisbaShape(s.Drafts[s.Claim[first]], type));
                var yielding = new List<MentionDraft>();
                for (var k = first; k < end && free; k++)
                {
                    free = s.Tokens[k].Kind != TokenKind.Punctuation && (k == first || (s.ContextOf(k) & ContextKind.Stop) == 0);
                    if (!free || s.Claim[k] == ScanState.Free) continue;
                    // A claim inside the tagger's longer name gives way when it is only part of that name:
                    // «أبو أيوب المصري», «علي السويدي» (not the states' nisbas), «جوزف ليبرمان» (not the known Lieberman).
                    free = s.Claim[k] >= 0 && s.Drafts[s.Claim[k]] is var inside && inside.End <= end
                           && (inside.First > first || IsGivenNameOfNisbaShape(inside, type)) && YieldsToTaggedName(inside, type);
                    if (free && !yielding.Contains(s.Drafts[s.Claim[k]])) yielding.Add(s.Drafts[s.Claim[k]]);
                }
                if (!free || end - first == 1 && (s.ContextOf(first) & ContextKind.NotName) != 0) continue;
                s.RemoveDrafts(yielding);
                var (stripped, fused) = ProcliticLength(first);
                if (stripped == 0 && ConjoinedToNameBefore(first, type)) stripped = 1;
                if (givenBefore) (stripped, fused) = (CliticSegmenter.ConjunctionWa.Length, false);
                var text = s.NameText(first, end, stripped, fused);
                // The tagger's type stands in for the context an ambiguous gazetteer name needs (جدة as LOC is Jeddah).
                // A group's name is a body of its own, not the club or party the bare name is («كتائب النصر», no Al-Nassr).
                var known = namesAGroup ? null : s.Gazetteer.FindByName(text);
                // A lone word that reads as a dual or plural verb is no name: the tagger reads one right after the names
                // that are its subjects («القاهرة والخرطوم توقعان»). A name the gazetteer knows is kept whatever its shape.
                if (known is null && end - first == 1 && InflectedVerb.IsDualOrPluralImperfect(s.Key(first))) continue;
                if (known is null && type == EntityType.ORG && end - first == 1 && IsQuotedCommonNoun(first)) continue;
                // Nor is a lone nisba in the masculine plural whose singular news writes: a group of people («ويقول
                // دبلوماسيون إن …»), as the plural of any adjective. A name ending so (ليون، نابليون) has no such singular.
                if (known is null && end - first == 1 && IsPluralOfWrittenNisba(s.Key(first))) continue;
                if (type == EntityType.PER && known is null && end - first == 1 && IsCommonWordAlone(first)) continue;
                string id;
                if (known is not null && (known.Type == type || type == EntityType.LOC && known.Type == EntityType.GPE))
                {
                    id = known.Id;
                    type = known.Type;
                }
                else
                {
                    if (type == EntityType.LOC && known?.Type == EntityType.GPE) type = EntityType.GPE;
                    id = s.RegisterUnknown(type, text);
                }
                var draft = s.AddDraft(first, end, stripped, id, type, MentionKind.Name, EntityRules.Model, fusedArticle: fused);
                draft.Confidence = Math.Round(span.Confidence, 3);
            }
        }
    }

    /// <summary>
    /// Whether a mention a rule found inside a longer name the tagger reads gives way to it: a nisba (the family name
    /// المصري، السويدي; the adjective of المحيط الهندي) or a short or first name of a known person («ليبرمان» in
    /// «جوزف ليبرمان», when the whole is not a name the gazetteer gives that person). A city inside the tagger's longer
    /// organization does not give way (tried for issue #9: clubs named for their city gained on ANERcorp train, where the
    /// tagger is nearly always right, and lost on test, where its longer organizations were more often wrong).
    /// </summary>
    private static bool YieldsToTaggedName(MentionDraft inside, EntityType type) =>
        inside.Kind == MentionKind.Nisba && !inside.Nested
        || type == EntityType.PER && inside.Kind == MentionKind.ShortName && inside.Type == EntityType.PER;

    /// <summary>
    /// A state's nisba without the article at the head of the tagger's person (كيني of «كيني هاريسون», روماني): no
    /// adjective of the name after it, which would take the article, so the given name, kept by <see cref="TrimPersonSpan"/>.
    /// </summary>
    private bool IsGivenNameOfNisbaShape(MentionDraft inside, EntityType type) =>
        type == EntityType.PER && inside.Kind == MentionKind.Nisba && !IsDefinite(inside.First);

    /// <summary>
    /// A known person's name that the tagger reads on through his lineage or family (حمد بن جاسم → «حمد بن جاسم بن جبر آل
    /// ثاني»): the same person's fuller name, so his mention takes the tagger's bounds. Only onward from a name particle
    /// (بن، آل) and over free words; a name read on before the known one is another person (his son: «أحمد علي عبد الله صالح»).
    /// </summary>
    private bool LengthensKnownPerson(int first, int end)
    {
        if (s.Claim[first] < 0 || s.Drafts[s.Claim[first]] is not { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false } known
            || known.First != first || known.End >= end || !NameWords.Particles.Contains(s.Key(known.End))
            || NameWords.Particles.Contains(s.Key(end - 1)))
            return false;
        for (var k = known.End; k < end; k++)
            if (s.Claim[k] != ScanState.Free || s.Tokens[k].Kind == TokenKind.Punctuation) return false;
        var index = s.Claim[first];
        for (var k = known.End; k < end; k++) s.Claim[k] = index;
        known.End = end;
        return true;
    }

    /// <summary>
    /// «الملك سلمان بن عبد العزيز آل سعود»: a name the tagger reads right after a particle (آل، بن) that follows a person's
    /// name found before it is the rest of that name: that mention runs on over it, and it is no person of its own.
    /// </summary>
    private bool ClosesNameBefore(int first, int end)
    {
        var particle = first - 1;
        if (particle < 1 || !NameWords.Particles.Contains(s.Key(particle)) || s.Claim[particle] != ScanState.Free
            || s.SentenceOf[particle - 1] != s.SentenceOf[first] || s.Claim[particle - 1] < 0
            || s.Drafts[s.Claim[particle - 1]] is not { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false } before || before.End != particle)
            return false;
        for (var k = first; k < end; k++)
            if (s.Claim[k] != ScanState.Free || s.Tokens[k].Kind == TokenKind.Punctuation) return false;
        var index = s.Claim[particle - 1];
        for (var k = particle; k < end; k++) s.Claim[k] = index;
        before.End = end;
        return true;
    }

    /// <summary>
    /// The tagger's people, each cut where a state's nisba joined by و or ف stands inside the span: a name never holds the
    /// conjunction, and the nisba introduces the next person named by family name alone, as in sports results
    /// («بيريتشينكو والسويسري مارتينوتي» is two players, «أدونيس والبيروفي» one poet and the start of the next phrase).
    /// The nisba is a state's (the gazetteer's, claimed by <see cref="GazetteerPass"/>), so a family name written with
    /// the article (المصري after أبو أيوب) is never cut, having no conjunction.
    /// </summary>
    private IReadOnlyList<TaggedSpan> SplitAtConjoinedNisba(IReadOnlyList<TaggedSpan> spans, int sentenceFirst)
    {
        List<TaggedSpan>? split = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var start = span.Start;
            for (var k = span.Start + 1; span.Type == EntityType.PER && k < span.End; k++)
            {
                if (!IsConjoinedNisba(sentenceFirst + k)) continue;
                split ??= [.. spans.Take(i)];
                if (k > start) split.Add(span with { Start = start, End = k });
                start = k + 1;
            }
            if (split is null) continue;
            if (start < span.End) split.Add(span with { Start = start });
        }
        return split ?? spans;
    }

    private bool IsConjoinedNisba(int token) =>
        s.Claim[token] >= 0 && s.Drafts[s.Claim[token]].Kind == MentionKind.Nisba
        && s.Input.Words is { } words && token < words.Count && words[token] is { Proclitics: [CliticSegmenter.ConjunctionWa or CliticSegmenter.ConjunctionFa, ..] };

    /// <summary>
    /// Bounds of a person's name the tagger read, less what news puts around names and the tagger sometimes takes in:
    /// a leading nisba adjective (الباهامي كينوليس، والعاجي فيليكس إيتيان; not a given name with the article, «المهدي
    /// الطاهري»; not an indefinite word a state's nisba shares, «كيني» of «وقال كيني هاريسون»: an adjective before a
    /// name agrees with it and takes the article, so the bare word is the given name) or preposition (على), and a first or last word too frequent in news to be a name (a verb or adverb:
    /// «سألت هوفمان», «أبو خوصة بفرح»; a nisba-shaped last word is the family name and stays). A last word in the
    /// indefinite accusative is the verb's object after its subject, as after a title (`NameWordEvidence`): «انتقد
    /// الأعرجي نوابا» names الأعرجي, and the nisba-shaped word left alone is his name, no leading nisba.
    /// </summary>
    private (int First, int End) TrimPersonSpan(int first, int end)
    {
        if (end - first >= 2 && NameWordEvidence.IsIndefiniteAccusative(s.Key(end - 1), s.Original(end - 1))) end--;
        // A title the tagger reads into the name is no part of it («البروفسور ويلسون» is Wilson), as TitleNamePass starts a
        // name after its title: the tagger learned the titles of its training text, context.tsv lists more spellings.
        if (end - first >= 2 && (s.ContextOf(first) & ContextKind.Title) != 0) first++;
        if (end - first >= 2 && (NisbaAdjective.IsDefiniteSingular(s.Tokens[first], ProcliticLength(first).Letters) && !IsDefiniteGivenName(first)
                                 || s.Claim[first] >= 0 && s.Drafts[s.Claim[first]].Kind == MentionKind.Nisba && IsDefinite(first)))
            first++;
        // A stop word written with alef maqsura is a preposition (على، إلى، لدى), never the name علي its key shares.
        if (end - first >= 2 && (s.ContextOf(first) & ContextKind.Stop) != 0 && s.Tokens[first].Normalized.EndsWith('ى')) first++;
        // A frequent word that opens a lineage is the first name (مساعد بن محمد، مطلق بن عبد الرحمن).
        if (end - first >= 2 && NameWords.IsFrequentWord(s, first) && !NameWords.Particles.Contains(s.Key(first)) && !NameWords.OpensLineage(s, first)) first++;
        // A nisba-shaped last word is the family name (أبو أيوب المصري، علي السويدي), however frequent the adjective.
        if (end - first >= 2 && NameWords.IsFrequentWord(s, end - 1) && !NameWords.Particles.Contains(s.Key(end - 2))
            && !NisbaAdjective.IsDefiniteSingular(s.Tokens[end - 1], ProcliticLength(end - 1).Letters)) end--;
        return (first, end);
    }

    /// <summary>
    /// Where a place named in construct after a person, or with words that read like a person's name, starts: the tagger's
    /// person opens with a place head of context.tsv (بئر، وادي، قرية; indefinite, so in construct) and has a word after
    /// it («بئر بن هرماس», «وادي فاطمة»), or is one or two words right after a free head in the same sentence («قرية
    /// أبو ديس»). A longer person after the head is another reading (a company named for a mountain, then its chairman),
    /// left to the tagger. Null when neither.
    /// </summary>
    private int? PlaceNamedAfterAPerson(int first, int end)
    {
        if (end - first >= 2 && IsPlaceHead(first)) return first;
        if (end - first <= 2 && first > 0 && s.Claim[first - 1] == ScanState.Free && s.SentenceOf[first - 1] == s.SentenceOf[first]
            && IsPlaceHead(first - 1))
            return first - 1;
        return null;
    }

    private bool IsPlaceHead(int token) =>
        s.IsArabicWord(token) && (s.ContextOf(token) & ContextKind.PlaceHead) != 0 && !NameWords.IsDefiniteWord(s, token);

    /// <summary>
    /// The first word after the first of a tagged person that is a noun with an attached pronoun of more than one letter
    /// (هم، ها، هما، هن، كم، كما: «شعورهم», «لطفهم») on a base news writes, no article and no given name:
    /// no family name carries a pronoun, so the name, if any, ends before it. A definite word is never possessed by a
    /// pronoun (الصليهم is a family name); the one-letter ه and ي and «نا» are left alone, as many a foreign name ends so
    /// on a base news writes (روته، كانتي، سولانا، هيلينا: ANERcorp's Solana was lost with «نا»).
    /// </summary>
    private int? PossessedNounAfterFirst(int first, int end)
    {
        for (var k = first + 1; k < end; k++)
            if (NameWords.IsPossessedNoun(s, k)) return k;
        return null;
    }

    /// <summary>
    /// A lone word the tagger reads as a person that carries tanween (no name takes it: «درجًا»), or that news mostly
    /// writes as a common word (the frequent forms of <see cref="NameWordEvidence"/>: «المبارك» of «عيد الأضحى المبارك»,
    /// the conditional «لو») or that is a title with no name after it («الدكتور»), unless a given name or a title stands
    /// right before it (then it is a family name the tagger cut off): no person. Nor is a common noun in the indefinite
    /// accusative in any proclitic reading without the article (tanween, or ا after a base news writes with the article;
    /// not «البابا»), even right after a name: it is the verb's object («واستقبل الشيخ فلان وفدا»: وفد + ا, no «فدا»).
    /// </summary>
    private bool IsCommonWordAlone(int token)
    {
        if (s.Variants(token).Any(v => !CliticSegmenter.OpensWithArticle(v.Key) && NameWordEvidence.IsIndefiniteAccusative(v.Key, s.Original(token))))
            return true;
        if (token > 0 && s.IsArabicWord(token - 1)
            && (NameWordEvidence.IsGivenName(s.Key(token - 1)) || (s.ContextOf(token - 1) & ContextKind.Title) != 0))
            return false;
        return (s.ContextOf(token) & ContextKind.Title) != 0 || NameWords.IsFrequentWord(s, token) && !IsDefiniteGivenName(token);
    }

    /// <summary>
    /// A lone word between quotation marks that the tagger reads as an organization, that the gazetteer does not know and
    /// no organization or outlet word announces, is a common noun the quotes set off (often a borrowed one: «بحوزته
    /// «موبايل»») when, written without the article, it is a form news writes with the article in 30% of its uses or more
    /// (<see cref="NameWordEvidence.IsCommonNoun"/>); a brand or body quoted alone is seldom definite: «أرامكو»، «فيسبوك».
    /// </summary>
    private bool IsQuotedCommonNoun(int token) =>
        token > 0 && token + 1 < s.Tokens.Count && s.Tokens[token - 1].Kind == TokenKind.Quote && s.Tokens[token + 1].Kind == TokenKind.Quote
        && !NameWords.IsDefiniteWord(s, token) && NameWordEvidence.IsCommonNoun(s.Key(token))
        && (token < 2 || (s.ContextOf(token - 2) & (ContextKind.Org | ContextKind.Outlet)) == 0);

    // Five letters or more left in the singular keep out ليون (لي) and the short words.
    private static bool IsPluralOfWrittenNisba(string key) =>
        NisbaAdjective.MasculinePluralSingular(key) is { Length: >= 5 } singular && FrequentForms.Bin(singular) >= 0;

    // A given name written with the article (المهدي، الحسين): the nisba's ending, but the name's first word.
    private bool IsDefiniteGivenName(int k) =>
        IsDefinite(k) && s.Key(k) is var key && key.StartsWith(CliticSegmenter.Article, StringComparison.Ordinal)
        && NameWordEvidence.IsGivenName(key[CliticSegmenter.Article.Length..]);

    /// <summary>
    /// Armed groups are named after a founder or leader (جماعة أبو سياف، كتائب أبو علي مصطفى): a person's name right after
    /// a group word in construct is the group's name, whoever the tagger took it for. After the definite word it is a
    /// person of the group («أكدت الجماعة أن محمد …», «المتحدث باسم الجماعة أبو محمد»).
    /// </summary>
    private bool NamesAGroup(int first) =>
        first > 0 && (s.ContextOf(first - 1) & ContextKind.Group) != 0 && !IsDefinite(first - 1);

    /// <summary>
    /// «شيخ الأزهر أحمد الطيب»: a title word in construct with the definite word it heads (شيخ, the indefinite of the title
    /// الشيخ) that the tagger reads as a name of its own right before another person's name is that person's title, not
    /// a second person; a pronoun after it would otherwise go to the title.
    /// </summary>
    private bool TitleBeforeName(int first, int end, int nextFirst) => end - first == 2 && nextFirst == end && TitleInConstruct(first);

    // A definite family name after a given name (عمار الحكيم، أحمد الطيب), not a nisba nor a context word.
    private bool FamilyNameAfter(int given, int sentenceEnd) =>
        given + 1 < sentenceEnd && s.Claim[given + 1] == ScanState.Free && s.IsArabicWord(given + 1)
        && NameWordEvidence.IsGivenName(s.Key(given)) && IsDefinite(given + 1) && !NisbaAdjective.IsDefiniteSingular(s.Tokens[given + 1])
        && (s.ContextOf(given + 1) & NameWords.EndsAName) == 0;

    private bool TitleInConstruct(int first) => NameWords.IsTitleInConstruct(s, first);

    private bool IsDefinite(int k) => NameWords.IsDefiniteWord(s, k);

    /// <summary>
    /// Letters of the proclitics (و ف ب ل ك) the segmenter found on a word that the name does not begin with, by the
    /// segmenter's own test (<see cref="FrequentForms.IsProclitic(ReadOnlySpan{char}, ReadOnlySpan{char})"/>): a proclitic
    /// comes off unless the whole word is the far more frequent form in news or the rest no form at all (لحسين → حسين،
    /// لبوتين → بوتين; ليفركوزن، وارسو stay): transliterated names begin with these letters as often as Arabic words take
    /// them. A word news never wrote either way loses only the conjunction و. A ل before the article
    /// written ل alone (للأمم = ل + الأمم) is always the preposition: it comes off and the name gets the article's alef back.
    /// A word that is itself a given name keeps its first letter whatever the frequencies say: فيصل، فراس، وليد are names,
    /// not ف + يصل (arrives), ف + راس, و + ليد, though news writes the verb as often as the name.
    /// </summary>
    private (int Letters, bool FusedArticle) ProcliticLength(int token)
    {
        if (s.Input.Words is not { } words || token >= words.Count || words[token] is not { } analysis) return (0, false);
        var key = s.Key(token);
        if (NameWordEvidence.IsGivenName(key)) return (0, false);
        var length = 0;
        var kept = 0;
        for (var p = 0; p < analysis.Proclitics.Count; p++)
        {
            var proclitic = analysis.Proclitics[p];
            if (!CliticSegmenter.IsConjunctionOrPreposition(proclitic)) break;
            length += proclitic.Length;
            if (proclitic == CliticSegmenter.PrepositionLam && p + 1 < analysis.Proclitics.Count && analysis.Proclitics[p + 1] == CliticSegmenter.Article
                && key.Length - length > 2 && CliticSegmenter.OpensWithLamBeforeArticle(key.AsSpan(length - 1)))
                return (length, true);
            if (key.Length - length < 2) break;
            if (proclitic == CliticSegmenter.ConjunctionFa ? ConjunctionFaOnName(key.AsSpan(kept), key[length..])
                : FrequentForms.IsProclitic(key.AsSpan(kept), key.AsSpan(length)) ?? proclitic == CliticSegmenter.ConjunctionWa)
                kept = length;
            else break;
        }
        return (kept, false);
    }

    /// <summary>
    /// A rare foreign name joined by و to the end of a name of the same type before it, the next item of a list
    /// («جون فرانسيس ديلي وجوناسان جولدشتاين», «ومتعب النجراني وروبينهو»): news writes the joined word (so the segmenter
    /// kept its و, the rest being no form it knows), never the word with one more و, as it would a name that opens with
    /// و itself (وارسو → «ووارسو», ولفسبورغ → «وولفسبورغ»). The name starts after the conjunction.
    /// </summary>
    private bool ConjoinedToNameBefore(int first, EntityType type)
    {
        var key = s.Key(first);
        return first > 0 && key.Length > 3 && key[0] == 'و' && s.Tokens[first].Normalized[0] == 'و' && !NameWordEvidence.IsGivenName(key)
               && FrequentForms.Bin(key.AsSpan(1)) < 0 && FrequentForms.Bin(string.Concat(CliticSegmenter.ConjunctionWa, key)) < 0
               && s.Claim[first - 1] >= 0 && s.Drafts[s.Claim[first - 1]] is { Kind: MentionKind.Name, Nested: false } before
               && before.End == first && before.Type == type;
    }

    /// <summary>
    /// A given name joined by و right before the tagger's person, whose first word is no given name and carries no
    /// conjunction of its own: the next item of a list begins at its given name, and the tagger, reading «وعلي» as
    /// و + على, took the family name alone («فهد المطيري وعلي الشهراني», «سامي الحربي وعلي أبو حسن»). A person that
    /// opens with a given name («ومحمد وخالد», «وأحمد محمد») is one more name of the list, or the given name's own.
    /// </summary>
    private bool GivenNameJoinedBefore(int first, int sentenceFirst)
    {
        var before = first - 1;
        if (before < sentenceFirst || s.Claim[before] != ScanState.Free || !s.IsArabicWord(before)) return false;
        var key = s.Key(before);
        return key.StartsWith(CliticSegmenter.ConjunctionWa, StringComparison.Ordinal) && !NameWordEvidence.IsGivenName(key)
               && NameWordEvidence.IsGivenName(CliticSegmenter.WithoutConjunction(key, CliticSegmenter.ConjunctionWa.Length))
               && ProcliticLength(first).Letters == 0 && !NameWordEvidence.IsGivenName(s.Key(first)) && !IsDefiniteGivenName(first);
    }

    /// <summary>
    /// Whether a ف on the first word of a tagged name is the conjunction: news joins ف to verbs and particles (فقال، فإن)
    /// and seldom to a name, while names open with ف often (فهمي، فالح، فلاح: the rest همي، الح، لاح a rarer form news still
    /// writes, which the frequency margin alone would take off). So ف comes off only where the rest is a given name
    /// (فمحمد) or the whole word is a form news never writes (فأوباما).
    /// </summary>
    private static bool ConjunctionFaOnName(ReadOnlySpan<char> whole, string rest) =>
        NameWordEvidence.IsGivenName(rest) || FrequentForms.Bin(whole) < 0 && FrequentForms.Bin(rest) >= 0;
}
