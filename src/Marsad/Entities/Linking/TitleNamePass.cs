using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Pass 2: names after titles and role phrases (السفيرة … إلغاليت باليغ).
/// </summary>
internal sealed class TitleNamePass(ScanState s)
{
    public void Run() => CaptureNamesAfterTitles(FindTitleStarts());

    /// <summary>Where a name may follow a title: after each title word (السفيرة، رجل الأعمال) and after each role phrase.</summary>
    private List<int> FindTitleStarts()
    {
        var nameStarts = new List<int>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Claim[i] >= 0 || !s.IsArabicWord(i)) continue;
            foreach (var (first, _, word) in s.Variants(i))
            {
                var max = Math.Min(word.ContextWords, s.Tokens.Count - i);
                var found = false;
                for (var n = max; n >= 1 && !found; n--)
                {
                    var context = n == 1 ? word.Context : s.Gazetteer.Context(s.PhraseKeySpan(first, i, n));
                    if ((context & ContextKind.Title) == 0) continue;
                    found = true;
                    // «الفريق جاهز للمباراة»: a title that is also a common noun heads a name only when a name follows it.
                    if ((context & ContextKind.NounTitle) != 0 && !NameFollows(i + n)) continue;
                    nameStarts.Add(i + n);
                }
                if (found) break;
            }
            // «شيخ الأزهر أحمد الطيب»: a title in construct with the definite word it heads, then a given name, is that
            // person's title, whatever the tagger reads there (the title alone, the title with the name, or nothing). A
            // given name whose key a stop word shares is the stop word there: «فاز فريق الغرافة على الخور».
            if (NameWords.IsTitleInConstruct(s, i) && GivenNameAt(i + 2) && (s.ContextOf(i + 2) & NameWords.EndsAName) == 0)
                nameStarts.Add(i + 2);
        }
        nameStarts.AddRange(s.Roles.Select(r => r.End));
        // «مطار الملك خالد الدولي»: after a facility word and its title, the words are the facility's name.
        nameStarts.RemoveAll(start => NameWords.NamesAFacility(s, start));
        return nameStarts;
    }

    /// <summary>
    /// Two unknown words after a title are a person's name (السفيرة … إلغاليت باليغ). Between the title and the name may
    /// come the state (nisba, name or loaded term), لدى/لديها, and definite adjectives (رجل الأعمال اليهودي).
    /// A name word does not start with ال and is not a stop word; one word alone is too weak to call a name.
    /// </summary>
    private void CaptureNamesAfterTitles(List<int> nameStarts)
    {
        var roleEnds = s.Roles.Select(r => r.End).ToHashSet();
        foreach (var start in nameStarts.Distinct().Order())
        {
            if (start >= s.Tokens.Count || start == 0) continue;
            var sentence = s.SentenceOf[start - 1];
            var k = start;
            for (var skipped = 0; k < s.Tokens.Count && s.SentenceOf[k] == sentence && skipped < 4; skipped++)
            {
                // Apposition: «نائب وزير الخارجية الإسرائيلية، عيدان رول».
                if (k == start && s.Tokens[k].Normalized is "،" or ",") { k++; continue; }
                if (s.Claim[k] >= 0 && s.Drafts[s.Claim[k]].Type == EntityType.GPE) { k = s.Drafts[s.Claim[k]].End; continue; }
                if (s.Claim[k] == ScanState.Free && s.Key(k) is "لدي" or "لديها" or "لديه" or "لديهم") { k++; continue; }
                if (s.Claim[k] == ScanState.Free && (NisbaAdjective.IsDefiniteSingular(s.Tokens[k]) || NameWords.OfficeModifiers.Contains(s.Key(k)))) { k++; continue; }
                break;
            }
            // «نائبا للرئيس، وعثمان العريني»: a role phrase closes an item of a list (فلان رئيسا، وفلان نائبا للرئيس)
            // and a name after it opening with the conjunction is the next item, no holder of the role.
            if (k < s.Tokens.Count && roleEnds.Contains(start) && NameWords.HasConjunction(s, k)) continue;
            var end = k;
            var words = 0;
            while (end < s.Tokens.Count && s.SentenceOf[end] == sentence && words < 2 && s.Claim[end] == ScanState.Free && s.IsArabicWord(end))
            {
                var key = s.Key(end);
                if (NameWords.Particles.Contains(key)) { end++; continue; }
                // The word after بن or عبد belongs to the name without counting as one of its two words.
                var afterParticle = end > k && NameWords.Particles.Contains(s.Key(end - 1));
                // A family name may take the article (عمار الحكيم) after a first name the tagger or the given names vouch for,
                // and after a lineage, whose first name the particle vouches for (مساعد بن محمد العيبان).
                if (!afterParticle && CliticSegmenter.OpensWithArticle(s.Tokens[end].Normalized)
                    && !(words == 1 && end == k + 1 && (s.TaggedPerson(end) == true || NameWordEvidence.IsGivenName(s.Key(k))) && !NisbaAdjective.IsDefiniteSingular(s.Tokens[end]))
                    && !(words == 1 && end >= k + 3 && NameWords.Particles.Contains(s.Key(end - 2))
                         && Enumerable.Range(k + 1, end - k - 2).Any(t => NameWords.Lineage.Contains(s.Key(t)))))
                    break;
                // «الدكتور مساعد بن محمد», «عبدالله بن مساعد»: a word news also writes as a stop word is a name in a lineage.
                if ((s.ContextOf(end) & NameWords.EndsAName) != 0 && !(end == k && NameWords.OpensLineage(s, end) || NameWords.FollowsLineage(s, end))) break;
                if (s.Variants(end)[0].Word.Role is not null || end == k && NameWords.HasPrepositionOrArticle(s, end)) break;
                // «الفريق سليمان العمار وإبراهيم القرملة»: a name never holds the conjunction; the word after و is the next item.
                if (!afterParticle && NameWords.HasConjunction(s, end)) break;
                // «أبدى خادم الحرمين الشريفين تحياته وتقديره», «المديرة استخدمت حسابها»: a common word with a pronoun
                // suffix is no name.
                if (NameWords.HasPronounSuffix(s, end) || NameWords.IsPossessedNoun(s, end)) break;
                if (!afterParticle) words++;
                end++;
            }
            while (end > k && NameWords.Particles.Contains(s.Key(end - 1))) end--;
            // The tagger, where it reads a person at the start, says how far the name runs; where it is silent, a word
            // too frequent in news to be a name (a verb, an adverb: «الرئيس الفرنسي يأتي عشية…») ends it.
            if (s.TaggedPerson(k) == true)
            {
                // The tagger's name may run past two words (محمد بن عيد آل ثاني، جابر الأحمد الجابر الصباح); it ends before a
                // noun with a two-letter pronoun, as the tagger's names do in TaggerPass («المديرة استخدمت حسابها»).
                // The first word is left to the tagger: a name like «عبده» ends in a pronoun's letter.
                var taggedEnd = k;
                while (taggedEnd < s.Tokens.Count && s.SentenceOf[taggedEnd] == sentence && s.TaggedPerson(taggedEnd) == true && s.Claim[taggedEnd] == ScanState.Free
                       && s.IsArabicWord(taggedEnd)
                       && (NameWords.Particles.Contains(s.Key(taggedEnd - 1)) || (s.ContextOf(taggedEnd) & (ContextKind.Stop | ContextKind.Title)) == 0
                           || taggedEnd == k && NameWords.OpensLineage(s, taggedEnd))
                       && !(taggedEnd > k && !NameWords.Particles.Contains(s.Key(taggedEnd - 1)) && NameWords.HasConjunction(s, taggedEnd))
                       && !(taggedEnd > k && NameWords.IsPossessedNoun(s, taggedEnd)))
                    taggedEnd++;
                // «الأمير عبدالله بن مساعد», «سعد بن علي آل مريح»: where the tagger stops inside or before a lineage or the
                // family name with آل that closes it, the name runs on.
                while (taggedEnd + 1 < s.Tokens.Count && s.SentenceOf[taggedEnd] == sentence && s.Claim[taggedEnd] == ScanState.Free && s.IsArabicWord(taggedEnd)
                       && (NameWords.FollowsLineage(s, taggedEnd) || NameWords.OpensLineage(s, taggedEnd - 1)
                           || s.Key(taggedEnd - 1) == NameWords.Family || s.Key(taggedEnd) == NameWords.Family && s.Claim[taggedEnd + 1] == ScanState.Free))
                    taggedEnd++;
                end = taggedEnd;
            }
            // The tagger's body or place wins where the title heads it (مدير معهد رويان) or is inside it (مستشفى الملك فهد);
            // after a title in apposition (الصحفية فالنتينا روسو) the words are the name, whatever the tagger reads there.
            else if (s.TaggedOther(k) && (HeadsWhatFollows(start) || s.TaggedOtherStart(k) < start)) continue;
            else
                for (var t = k; t < end; t++)
                    if (!NameWords.InLineage(s, t) && (NameWordEvidence.IsFrequentNonName(s.Key(t)) || IsIndefiniteAccusative(t) || IsCommonWord(t, t == k))) { end = t; break; }
            // A word with tanween is no name, whatever the tagger reads (تلقى ولي العهد اتصالاً هاتفياً), nor a verb in the
            // future («المدرب كلوب سنواصل»).
            for (var t = k; t < end; t++)
                if (NameWordEvidence.HasTanween(s.Original(t)) || NameWords.IsFutureVerb(s, t)) { end = t; break; }
            while (end > k && NameWords.Particles.Contains(s.Key(end - 1))) end--;
            words = Enumerable.Range(k, end - k).Count(t => !NameWords.Particles.Contains(s.Key(t)));
            if (words == 0) continue;
            if (words == 1 && end == k + 1 && !HeadsWhatFollows(start) && FamilyNameTakenAsPlace(end, sentence) is { } place)
            {
                // «المراسل أندريا كولومبو»: a first name after a title in apposition, then a word the gazetteer read as a city
                // with nothing locative before it: the city's name is the family name (a city right after a first name is
                // no place of the sentence: it would take في or a verb of movement).
                s.RemoveDrafts([place]);
                end = place.End;
                words++;
            }
            if (FamilyNameTakenAsShortName(end, sentence) is { } shortName)
            {
                // «وزير الخارجية … ينس هنريك راسموسن»: the name read after the title runs on through a word the gazetteer
                // took as a famous person's short name (راسموسن → Anders Fogh Rasmussen); the whole is one person.
                s.RemoveDrafts([shortName]);
                if (s.Gazetteer.Find(shortName.EntityId) is { } known && known.NamesAr.Any(n => n.Split(' ')[0] == s.Tokens[k].Normalized))
                {
                    // «الأمين العام أندرس راسموسن»: his own first name before it, so it is that person named in full.
                    s.AddDraft(k, shortName.End, 0, known.Id, EntityType.PER, MentionKind.Name, EntityRules.TitleName);
                    continue;
                }
                end = shortName.End;
                words++;
            }
            if (words < 2) continue;
            var name = s.NormalizedText(k, end);
            s.AddDraft(k, end, 0, s.RegisterUnknown(EntityType.PER, name), EntityType.PER, MentionKind.Name, EntityRules.TitleName);
        }
    }

    /// <summary>
    /// Whether a name starts at <paramref name="t"/>, right after a title that is also a common noun (context.tsv
    /// `nountitle`): the tagger reads a person there, or the word is a known given name (الفريق عبد الفتاح البرهان).
    /// </summary>
    private bool NameFollows(int t) => t < s.Tokens.Count && (s.TaggedPerson(t) == true || GivenNameAt(t));

    // A known given name (given-names.txt) in any proclitic reading of token t.
    private bool GivenNameAt(int t) =>
        t < s.Tokens.Count && s.IsArabicWord(t) && s.Variants(t).Any(v => NameWordEvidence.IsGivenName(v.Key));

    /// <summary>
    /// Whether token <paramref name="t"/> after a title, where the tagger reads no person, is a noun or adjective in the
    /// indefinite accusative that ends the name: أجرى الرئيس المصري اتصالا هاتفيا، استقبل العاهل وفدا رفيعا.
    /// </summary>
    private bool IsIndefiniteAccusative(int t) => NameWordEvidence.IsIndefiniteAccusative(s.Key(t), s.Original(t));

    /// <summary>
    /// Whether token <paramref name="t"/> after a title, where the tagger reads no person, is a common word less frequent
    /// than <see cref="NameWordEvidence.IsFrequentNonName"/> asks: an imperfect verb of four letters or more («المدرب
    /// سيتحدث معي»; a shorter one shares its shape with transliterated names: ينس) or, as the name's first word, a noun news
    /// writes with the article as often as a common noun is («نائب رئيس تسويق منصة»). A family name may be such a noun
    /// (لينا حداد, نجار, خياط), so the noun test asks only of the first word; so do the causative perfect («وزير الخارجية
    /// أجرى مشاورات») and the plural in construct («قائد منفذي الهجوم»), whose shapes a family name may share. Given names
    /// are none of these.
    /// </summary>
    private bool IsCommonWord(int t, bool first) =>
        !NameWordEvidence.IsGivenName(s.Key(t))
        && (s.Key(t).Length >= ShortestVerbRead && InflectedVerb.IsMasculineImperfect(s.Key(t))
            || first && (NameWordEvidence.IsCommonNoun(s.Key(t)) || InflectedVerb.IsCausativePerfect(s.Key(t)) || NameWordEvidence.IsPluralInConstruct(s.Key(t))));

    // Letters of the shortest imperfect verb read as ending a name after a title (يتحدث, سيعود; not ينس).
    private const int ShortestVerbRead = 4;

    /// <summary>
    /// Whether the title or role phrase ending before <paramref name="start"/> is in construct with the words after it
    /// (مدير معهد، رئيس بلدية): they name what it heads. A title written definite (الصحفية، رجل الأعمال) or closed by its
    /// state or its name (رئيس وزراء ألبانيا) is in apposition with the words after it: they name its holder.
    /// </summary>
    private bool HeadsWhatFollows(int start)
    {
        var last = start - 1;
        if (s.Claim[last] >= 0 && !s.Drafts[s.Claim[last]].Nested) return false;
        foreach (var (key, _) in s.Variants(last))
            if (CliticSegmenter.OpensWithArticle(key)) return false;
        return true;
    }

    /// <summary>
    /// The gazetteer's one-word city (not a state, not written with the article or a proclitic) at <paramref name="end"/>
    /// in the same sentence, read as a place with nothing locative governing it: a family name after a first name.
    /// </summary>
    private MentionDraft? FamilyNameTakenAsPlace(int end, int sentence) =>
        end < s.Tokens.Count && s.SentenceOf[end] == sentence && s.Claim[end] >= 0
        && s.Drafts[s.Claim[end]] is { Type: EntityType.LOC, Kind: MentionKind.Name, Stripped: 0, Nested: false } draft
        && draft.First == end && draft.End == end + 1 && !CliticSegmenter.OpensWithArticle(s.Tokens[end].Normalized)
        && !PlaceReading.IsLocative(s, end, 0)
            ? draft
            : null;

    /// <summary>
    /// The gazetteer's short-name mention of a person (a family name news uses alone) starting right at
    /// <paramref name="end"/>, written without a proclitic, in the same sentence: the family name that ends the name
    /// just read. A full name the gazetteer knows (لارس لوكه راسموسن) was matched whole before and is no short name.
    /// </summary>
    private MentionDraft? FamilyNameTakenAsShortName(int end, int sentence) =>
        end < s.Tokens.Count && s.SentenceOf[end] == sentence && s.Claim[end] >= 0
        && s.Drafts[s.Claim[end]] is { Type: EntityType.PER, Kind: MentionKind.ShortName, Rule: EntityRules.StandaloneShort, Stripped: 0 } draft
        && draft.First == end
            ? draft
            : null;
}
