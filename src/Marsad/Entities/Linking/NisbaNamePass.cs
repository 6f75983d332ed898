using Marsad.Text.Morphology;
using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// A state's nisba written definite right before words that read as a name and that neither a pass nor the tagger read:
/// the person's nationality, the words his name — «تأهل الروسي بوزاني», «الزوجي النمساوي جيولين كنويل». Sports and
/// culture reports name foreign players and artists this way, with no title, and the tagger misses many of these rare
/// transliterations. One to three words, each with a name's profile in news (<see cref="NameWordEvidence.HasNameProfile"/>),
/// no article or proclitic, no context word, no verb or accusative shape; the name ends before a word joined by و (the
/// next item: «التشيكي بالا وفيزنر»). Where the tagger read a name there and a pass dropped it, it stays dropped.
/// </summary>
internal sealed class NisbaNamePass(ScanState s)
{
    // Words of a foreign name written after the nisba: «ماريو فارغاس يوسا».
    private const int LongestName = 3;

    // The frequency bin (log2 of the count / 2) above which a name is common enough in news for the tagger to know it:
    // f3 is 64 uses or more in SaudiNewsNet (رونالدو، راموس); the names this pass is for are rarer (بوزاني: f0), and so
    // are few common words («منتصف»: f4).
    private const int RarestBinOfKnownNames = 2;

    // Letters of the shortest imperfect verb read as no name word, as after a title (يتحدث; not the name ينس).
    private const int ShortestVerbRead = 4;

    public void Run()
    {
        foreach (var nisba in s.Drafts.Where(IsNationality).ToList())
        {
            var sentence = s.SentenceOf[nisba.First];
            var k = nisba.End;
            // «الفرنسي الأسبق ألان فورنييه»: a former or new holder's modifier stands between nationality and name.
            while (s.InSentence(k, sentence) && s.Claim[k] == ScanState.Free && NameWords.OfficeModifiers.Contains(s.Key(k))) k++;
            var end = k;
            while (end - k < LongestName && s.InSentence(end, sentence) && IsNameWord(end, first: end == k)) end++;
            if (end == k) continue;
            s.AddDraft(k, end, 0, s.RegisterUnknown(EntityType.PER, s.NormalizedText(k, end)), EntityType.PER, MentionKind.Name, EntityRules.NisbaName);
        }
    }

    // A state's nisba of one definite word in the masculine singular that claims its token: «الروسي», «لليوناني». The
    // feminine and the plurals (الكاميرونية، الأمريكيين، الروس) qualify bodies and peoples before their verbs («السلطات
    // الكاميرونية تتخوف», «الأمريكيين يتشككون»), hardly ever one person's name.
    private bool IsNationality(MentionDraft d) =>
        d is { Kind: MentionKind.Nisba, Type: EntityType.GPE, Nested: false } && d.End == d.First + 1 && NameWords.IsDefiniteWord(s, d.First)
        && s.Key(d.First).EndsWith(MasculineNisba);

    private const char MasculineNisba = 'ي';

    private bool IsNameWord(int t, bool first)
    {
        if (s.Claim[t] != ScanState.Free || !s.IsArabicWord(t) || s.TaggedPerson(t) == true || s.TaggedOther(t)) return false;
        var key = s.Key(t);
        if (NameWords.IsDefiniteWord(s, t) || CliticSegmenter.OpensWithArticle(key) || first && NameWords.HasPrepositionOrArticle(s, t)) return false;
        if (StartsWithConjunction(t) || (s.ContextOf(t) & (NameWords.EndsAName | ContextKind.NotName)) != 0) return false;
        if (NameWords.IsNumberWord(key) || NameWords.IsFutureVerb(s, t) || NameWords.HasPronounSuffix(s, t) || NameWords.IsPossessedNoun(s, t)) return false;
        // A given name opens the name when it is as rare as the rest: «صباح», «منى» are common words and names the tagger knows.
        if (first && NameWordEvidence.FrequencyBin(key) > RarestBinOfKnownNames) return false;
        if (NameWordEvidence.IsGivenName(key)) return true;
        if (HasPreposition(t) || IsNounWithPronoun(t) || NameWordEvidence.IsIndefiniteAccusative(key, s.Original(t)) || NameWordEvidence.IsPluralInConstruct(key)) return false;
        if (key.Length >= ShortestVerbRead && (InflectedVerb.IsMasculineImperfect(key) || InflectedVerb.IsDualOrPluralImperfect(key)) || InflectedVerb.IsPerfect(key)) return false;
        // The first word must be rare (above); after it, a name's profile is enough: «ديفد بيكهام».
        return NameWordEvidence.HasNameProfile(key);
    }

    // A word opening with ب or ل before a form news writes (the segmenter's reading, «بانهاء»), or before a common noun
    // whatever the segmenter reads («لحوض»): a prepositional phrase, no name word. «بوزاني», «بيولي» have no such rest.
    private bool HasPreposition(int t) =>
        s.Key(t) is [ 'ب' or 'ل', _, ..] key
        && (s.Input.Words is { } words && t < words.Count && words[t] is { } analysis && analysis.Proclitics.Any(p => p is "ب" or "ل")
               && s.Variants(t).Any(v => v.Stripped > 0 && NameWordEvidence.FrequencyBin(v.Key) >= 0)
            || NameWordEvidence.TakesTheArticle(key[1..]));

    // A noun with a pronoun suffix («مسؤوليته», «سروره»): the segmenter's base without it is a word news writes with the article.
    private bool IsNounWithPronoun(int t) =>
        s.Input.Words is { } words && t < words.Count && words[t] is { Enclitics.Count: > 0 } analysis
        && analysis.Base.Length >= ShortestVerbRead - 1 && NameWordEvidence.TakesTheArticle(analysis.Base);

    // A word the segmenter opens with و or ف: the next item of a list or clause, never inside the name before it.
    private bool StartsWithConjunction(int t) =>
        s.Input.Words is { } words && t < words.Count && words[t] is { Proclitics: ["و" or "ف", ..] } && !NameWordEvidence.IsGivenName(s.Key(t));
}
