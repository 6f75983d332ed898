using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

internal sealed partial class ArticleScan
{
    // Name particles: inside a name they do not count as one of its words (محمد بن سلمان، عبد الله).
    private static readonly HashSet<string> s_particles = ["بن", "بنت", "ابو", "ابن", "عبد", "ال"];

    /// <summary>Where a name may follow a title: after each title word (السفيرة، رجل الأعمال) and after each role phrase.</summary>
    private void FindTitleStarts()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_claim[i] >= 0 || !IsArabicWord(i)) continue;
            foreach (var (first, _) in ProcliticVariants.Of(Key(i)))
            {
                var max = Math.Min(_g.ContextWordsFrom(first), _tokens.Count - i);
                var found = false;
                for (var n = max; n >= 1 && !found; n--)
                {
                    if ((_g.Context(PhraseKeyAt(first, i, n)) & ContextKind.Title) == 0) continue;
                    _nameStarts.Add(i + n);
                    found = true;
                }
                if (found) break;
            }
        }
        _nameStarts.AddRange(_roles.Select(r => r.End));
    }

    /// <summary>
    /// Two unknown words after a title are a person's name (السفيرة … إلغاليت باليغ). Between the title and the name may
    /// come the state (nisba, name or loaded term), لدى/لديها, and definite adjectives (رجل الأعمال اليهودي).
    /// A name word does not start with ال and is not a stop word; one word alone is too weak to call a name.
    /// </summary>
    private void CaptureNamesAfterTitles()
    {
        foreach (var start in _nameStarts.Distinct().Order())
        {
            if (start >= _tokens.Count || start == 0) continue;
            var sentence = _sentenceOf[start - 1];
            var k = start;
            for (var skipped = 0; k < _tokens.Count && _sentenceOf[k] == sentence && skipped < 4; skipped++)
            {
                // Apposition: «نائب وزير الخارجية الإسرائيلية، عيدان رول».
                if (k == start && _tokens[k].Normalized is "،" or ",") { k++; continue; }
                if (_claim[k] >= 0 && _drafts[_claim[k]].Type == EntityType.GPE) { k = _drafts[_claim[k]].End; continue; }
                if (_claim[k] == Free && Key(k) is "لدي" or "لديها" or "لديه" or "لديهم") { k++; continue; }
                if (_claim[k] == Free && (IsDefiniteAdjective(k) || s_officeModifiers.Contains(Key(k)))) { k++; continue; }
                break;
            }
            var end = k;
            var words = 0;
            while (end < _tokens.Count && _sentenceOf[end] == sentence && words < 2 && _claim[end] == Free && IsArabicWord(end))
            {
                var key = Key(end);
                if (s_particles.Contains(key)) { end++; continue; }
                // The word after بن or عبد belongs to the name without counting as one of its two words.
                var afterParticle = end > k && s_particles.Contains(Key(end - 1));
                // A family name may take the article (عمار الحكيم) after a first name the tagger or the given names vouch for.
                if (!afterParticle && _tokens[end].Normalized.StartsWith("ال", StringComparison.Ordinal)
                    && !(words == 1 && end == k + 1 && (TaggedPerson(end) == true || NameWordEvidence.IsGivenName(Key(k))) && !IsDefiniteAdjective(end)))
                    break;
                if ((ContextOf(end) & (ContextKind.Stop | ContextKind.Title | ContextKind.Locative | ContextKind.Outlet | ContextKind.Org)) != 0) break;
                if (_g.Role(key) is not null || end == k && HasPrepositionOrArticle(end)) break;
                if (!afterParticle) words++;
                end++;
            }
            while (end > k && s_particles.Contains(Key(end - 1))) end--;
            // The tagger, where it reads a person at the start, says how far the name runs; where it is silent, a word
            // too frequent in news to be a name (a verb, an adverb: «الرئيس الفرنسي يأتي عشية…») ends it.
            if (TaggedPerson(k) == true)
            {
                // The tagger's name may run past two words (محمد بن عيد آل ثاني، جابر الأحمد الجابر الصباح).
                var taggedEnd = k;
                while (taggedEnd < _tokens.Count && _sentenceOf[taggedEnd] == sentence && TaggedPerson(taggedEnd) == true && _claim[taggedEnd] == Free
                       && IsArabicWord(taggedEnd)
                       && (s_particles.Contains(Key(taggedEnd - 1)) || (ContextOf(taggedEnd) & (ContextKind.Stop | ContextKind.Title)) == 0))
                    taggedEnd++;
                end = taggedEnd;
            }
            else if (TaggedOther(k)) continue;
            else
                for (var t = k; t < end; t++)
                    if (NameWordEvidence.IsFrequentNonName(Key(t))) { end = t; break; }
            while (end > k && s_particles.Contains(Key(end - 1))) end--;
            words = Enumerable.Range(k, end - k).Count(t => !s_particles.Contains(Key(t)));
            if (words < 2) continue;
            var name = NormalizedText(k, end);
            AddDraft(k, end, 0, RegisterUnknown(EntityType.PER, name), EntityType.PER, MentionKind.Name, EntityRules.TitleName);
        }
    }

    // للجمهورية، بمناسبة: a word the segmenter splits into a preposition or the article does not start a name
    // (a family name may still look like one: باليغ).
    private bool HasPrepositionOrArticle(int token) =>
        _input.Words is { } words && token < words.Count && words[token] is { } analysis
        && analysis.Proclitics.Any(p => p is "ب" or "ل" or "ك" or "ال");

    private bool IsDefiniteAdjective(int k, int stripped = 0)
    {
        var normalized = _tokens[k].Normalized[stripped..];
        var key = Key(k)[stripped..];
        return IsArabicWord(k) && normalized.StartsWith("ال", StringComparison.Ordinal) && normalized.Length > 4
               && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));
    }

    /// <summary>
    /// A family or first name links to a person already in the article (by full name, listed short form or resolved role),
    /// when exactly one such person carries it: راما → Edi Rama, إيدي → Edi Rama. Unknown people found with two or more
    /// words lend their last word the same way.
    /// </summary>
    private void LinkShortNames()
    {
        var present = _drafts.Where(d => d.Type == EntityType.PER).Select(d => d.EntityId).ToHashSet();
        if (present.Count == 0) return;
        var unknownLast = new Dictionary<string, string?>();
        // Unknown people lend their last word as written (not by key: على is not علي), when it is no function word.
        foreach (var d in _drafts.Where(d => d.Type == EntityType.PER && !d.Nested && d.Kind == MentionKind.Name && _g.Find(d.EntityId) is null && d.End - d.First >= 2))
        {
            var lastToken = d.End - 1;
            if (!IsArabicWord(lastToken) || _tokens[lastToken].Normalized.Length < 3 || s_particles.Contains(Key(lastToken))
                || (ContextOf(lastToken) & ~ContextKind.Title) != 0) continue;
            var last = _tokens[lastToken].Normalized;
            unknownLast[last] = unknownLast.TryGetValue(last, out var other) && other != d.EntityId ? null : d.EntityId;
        }

        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_claim[i] != Free || !IsWord(i)) continue;
            foreach (var (key, stripped) in ProcliticVariants.Of(Key(i)))
            {
                var candidates = _g.Lookup(key)
                    .Where(e => e.Kind is NameKind.ContextShort or NameKind.FirstName && present.Contains(e.Entity.Id))
                    .ToList();
                if (candidates.Any(e => e.Kind == NameKind.ContextShort)) candidates.RemoveAll(e => e.Kind == NameKind.FirstName);
                else if (candidates.Count > 0 && !LoneFirstName(i, stripped, candidates[0].Entity)) candidates.Clear();
                var people = candidates.Select(e => e.Entity.Id).Distinct().ToList();
                if (people.Count == 1)
                {
                    var rule = candidates[0].Kind == NameKind.ContextShort ? EntityRules.ShortInContext : EntityRules.FirstNameInContext;
                    AddDraft(i, i + 1, stripped, people[0], EntityType.PER, MentionKind.ShortName, rule);
                    break;
                }
                if (unknownLast.TryGetValue(_tokens[i].Normalized[stripped..], out var unknownId) && unknownId is not null)
                {
                    AddDraft(i, i + 1, stripped, unknownId, EntityType.PER, MentionKind.ShortName, EntityRules.ShortInContext);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A first name alone stands for a person in the article only when it is written as in the gazetteer (not just the
    /// same key: على is not علي), no name particle comes before it (بن سلمان، آل سعود) and nothing that could continue a
    /// name follows it: the next token ends the clause, is a stop word or is already a mention other than a person's name
    /// starting there (إيدي أمس… is Edi Rama; عادل الطريفي and إيدي تايلور are someone else).
    /// </summary>
    private bool LoneFirstName(int i, int stripped, KnownEntity person)
    {
        var written = _tokens[i].Normalized[stripped..];
        if (!person.NamesAr.Any(n => n.Split(' ')[0] == written)) return false;
        if ((ContextOf(i) & (ContextKind.Stop | ContextKind.Locative | ContextKind.Acting)) != 0) return false;
        var p = Previous(i);
        if (p >= 0 && s_particles.Contains(Key(p))) return false;
        var next = i + 1;
        if (next >= _tokens.Count || _sentenceOf[next] != _sentenceOf[i] || IsSeparator(next)) return true;
        // A person's name starting right after continues this one (إيدي تايلور is someone else), whatever claimed it.
        if (_claim[next] >= 0) return !(_drafts[_claim[next]] is { Type: EntityType.PER } d && d.First == next);
        // The tagger tells a word that could continue the name (إيدي تايلور) from one that does not (إيدي بشكل دبلوماسي).
        return (ContextOf(next) & ContextKind.Stop) != 0 || TaggedPerson(next) == false;
    }

    /// <summary>
    /// The statistical tagger, sentence by sentence, for spans no rule claimed. A span whose text the gazetteer knows
    /// links to that entity; otherwise it becomes an unknown entity of the tagger's type.
    /// </summary>
    private void TagRemainingNames()
    {
        if (_tagger is null || _input.Sentences.Count == 0) return;
        var tagged = Tagged();
        for (var s = 0; s < tagged.Count && s < _input.Sentences.Count; s++)
        {
            var sentence = _input.Sentences[s];
            foreach (var span in tagged[s])
            {
                var first = sentence.FirstToken + span.Start;
                var end = sentence.FirstToken + span.End;
                if (end <= first || end > sentence.EndToken) continue;
                // The tagger sometimes runs a name into the pronoun or particle after it (خالد هو): trim those off.
                while (end > first && (ContextOf(end - 1) & (ContextKind.Stop | ContextKind.NotName)) != 0) end--;
                var type = span.Type;
                if (type == EntityType.PER) (first, end) = TrimPersonSpan(first, end);
                var free = end > first && _claim[first] == Free;
                var yielding = new List<Draft>();
                for (var k = first; k < end && free; k++)
                {
                    free = _tokens[k].Kind != TokenKind.Punctuation && (k == first || (ContextOf(k) & ContextKind.Stop) == 0);
                    if (!free || _claim[k] == Free) continue;
                    // A claim inside the tagger's longer name gives way when it is only part of that name:
                    // «أبو أيوب المصري», «علي السويدي» (not the states' nisbas), «جوزف ليبرمان» (not the known Lieberman).
                    free = _claim[k] >= 0 && _drafts[_claim[k]] is var inside && inside.First > first && inside.End <= end
                           && YieldsToTaggedName(inside, type);
                    if (free && !yielding.Contains(_drafts[_claim[k]])) yielding.Add(_drafts[_claim[k]]);
                }
                if (!free || end - first == 1 && (ContextOf(first) & ContextKind.NotName) != 0) continue;
                RemoveDrafts(yielding);
                var stripped = ProcliticLength(first);
                var text = NormalizedText(first, end)[stripped..];
                // The tagger's type stands in for the context an ambiguous gazetteer name needs (جدة as LOC is Jeddah).
                var known = _g.FindByName(text);
                string id;
                if (known is not null && (known.Type == type || type == EntityType.LOC && known.Type == EntityType.GPE))
                {
                    id = known.Id;
                    type = known.Type;
                }
                else
                {
                    if (type == EntityType.LOC && known?.Type == EntityType.GPE) type = EntityType.GPE;
                    id = RegisterUnknown(type, text);
                }
                var draft = AddDraft(first, end, stripped, id, type, MentionKind.Name, EntityRules.Model);
                draft.Confidence = Math.Round(span.Confidence, 3);
            }
        }
    }

    /// <summary>
    /// Whether a mention a rule found inside a longer name the tagger reads gives way to it: a nisba (the family name
    /// المصري، السويدي; the adjective of المحيط الهندي) or a short or first name of a known person («ليبرمان» in
    /// «جوزف ليبرمان», when the whole is not a name the gazetteer gives that person).
    /// </summary>
    private static bool YieldsToTaggedName(Draft inside, EntityType type) =>
        inside.Kind == MentionKind.Nisba && !inside.Nested
        || type == EntityType.PER && inside.Kind == MentionKind.ShortName && inside.Type == EntityType.PER;

    /// <summary>
    /// Bounds of a person's name the tagger read, less what news puts around names and the tagger sometimes takes in:
    /// a leading nisba adjective (الباهامي كينوليس، والعاجي فيليكس إيتيان) or preposition (على), and a first or last word too frequent in news
    /// to be a name (a verb or adverb: «سألت هوفمان», «أبو خوصة بفرح»).
    /// </summary>
    private (int First, int End) TrimPersonSpan(int first, int end)
    {
        if (end - first >= 2 && (IsDefiniteAdjective(first, ProcliticLength(first)) || _claim[first] >= 0 && _drafts[_claim[first]].Kind == MentionKind.Nisba))
            first++;
        // A stop word written with alef maqsura is a preposition (على، إلى، لدى), never the name علي its key shares.
        if (end - first >= 2 && (ContextOf(first) & ContextKind.Stop) != 0 && _tokens[first].Normalized.EndsWith('ى')) first++;
        if (end - first >= 2 && IsFrequentWord(first) && !s_particles.Contains(Key(first))) first++;
        if (end - first >= 2 && IsFrequentWord(end - 1) && !s_particles.Contains(Key(end - 2))) end--;
        return (first, end);
    }

    // A word frequent in news and no given name, whether or not it carries a proclitic (بفرح، وكاد).
    private bool IsFrequentWord(int token) =>
        IsArabicWord(token) && ProcliticVariants.Of(Key(token)).First() is var (key, _) && NameWordEvidence.IsFrequentNonName(key);

    /// <summary>Takes mentions back (a longer name overrides them) and frees their tokens.</summary>
    private void RemoveDrafts(IReadOnlyCollection<Draft> drafts)
    {
        if (drafts.Count == 0) return;
        _drafts.RemoveAll(drafts.Contains);
        Array.Fill(_claim, Free);
        foreach (var role in _roles)
            for (var k = role.First; k < role.End; k++) _claim[k] = Reserved;
        for (var d = 0; d < _drafts.Count; d++)
            if (!_drafts[d].Nested)
                for (var k = _drafts[d].First; k < _drafts[d].End; k++) _claim[k] = d;
    }

    /// <summary>
    /// The tagger finds «سويلم» on its own as readily as «هاني سويلم»; in one article the lone word is the same person
    /// (news names someone in full once, then by family name). A one-word person the tagger found links to the one
    /// unknown multi-word person of the article whose last word it is, written the same way.
    /// </summary>
    private void JoinTaggedShortNames()
    {
        var byLastWord = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in _drafts.Where(d => d.Type == EntityType.PER && !d.Nested && d.End - d.First >= 2 && _g.Find(d.EntityId) is null))
        {
            var last = _tokens[d.End - 1].Normalized;
            byLastWord[last] = byLastWord.TryGetValue(last, out var other) && other != d.EntityId ? null : d.EntityId;
        }
        foreach (var d in _drafts.Where(d => d.Type == EntityType.PER && d.Rule == EntityRules.Model && d.End - d.First == 1))
        {
            if (!byLastWord.TryGetValue(_tokens[d.First].Normalized[d.Stripped..], out var full) || full is null) continue;
            d.EntityId = full;
            d.Kind = MentionKind.ShortName;
            d.Rule = EntityRules.ShortInContext;
            d.Confidence = null;
        }
    }

    /// <summary>
    /// Letters of the proclitics (و ف ب ل ك) the segmenter found on a word that the name does not begin with. A proclitic
    /// comes off when the rest of the word is the more frequent form in news (لحسين → حسين، لبوتين → بوتين) and stays
    /// when the whole word is (ليستر سيتي، ليفركوزن، وارسو): transliterated names begin with these letters as often as
    /// Arabic words take them. A word news never wrote either way loses only the conjunction و.
    /// </summary>
    private int ProcliticLength(int token)
    {
        if (_input.Words is not { } words || token >= words.Count || words[token] is not { } analysis) return 0;
        var key = Key(token);
        var length = 0;
        var kept = 0;
        foreach (var proclitic in analysis.Proclitics)
        {
            if (proclitic is not ("و" or "ف" or "ب" or "ل" or "ك")) break;
            length += proclitic.Length;
            if (key.Length - length < 2) break;
            var whole = NameWordEvidence.FrequencyBin(key[kept..]);
            var rest = NameWordEvidence.FrequencyBin(key[length..]);
            if (rest > whole || rest < 0 && whole < 0 && proclitic == "و") kept = length;
            else break;
        }
        return kept;
    }
}
