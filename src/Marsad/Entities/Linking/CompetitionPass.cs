using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Linking;

/// <summary>
/// A competition named after its place: «كأس آسيا», «بطولة اليابان المفتوحة», «رالي الأرجنتين», «دوري أبطال آسيا». The
/// place read right after a competition's head word (context.tsv `competition`, written without the article, through
/// any `competitionlink` words) is no mention of the place but the competition's name, one MISC mention from the head
/// word on, as ANERcorp and CoNLL tag it; it runs on to the end of a miscellaneous name the tagger reads over the place
/// («بطولة اليابان الدولية»), or to the end of a second place after a hyphen, a rally's route («رالي القاهرة - عمان»).
/// The tagger's own miscellaneous name for the head word alone («رالي») gives way. A state's nisba after the head word
/// with the article names a national competition, not the state («الدوري السعودي»), and is no mention at all.
/// </summary>
internal sealed class CompetitionPass(ScanState s)
{
    public void Run()
    {
        foreach (var place in s.Drafts.ToList())
        {
            // A place already taken into a competition before it (the second of a route) is gone.
            if (place.Type is not (EntityType.LOC or EntityType.GPE) || place.Kind != MentionKind.Name || place.Nested || place.Stripped > 0
                || !s.Drafts.Contains(place))
                continue;
            if (Head(place.First) is not var (head, stripped)) continue;
            var end = RouteEnd(TaggedMiscellaneousEnd(head, place.End));
            s.RemoveDrafts(s.Drafts.Where(d => d == place || !d.Nested && d.First < end && head < d.End).ToList());
            var id = s.RegisterUnknown(EntityType.MISC, s.NameText(head, end, stripped, fusedArticle: false));
            s.AddDraft(head, end, stripped, id, EntityType.MISC, MentionKind.Name, EntityRules.Competition);
        }
        // A national league is no mention of its state, and no name either: ANERcorp leaves «الدوري الإسباني» untagged.
        s.RemoveDrafts(s.Drafts.Where(d => d is { Type: EntityType.GPE, Kind: MentionKind.Nisba, Nested: false } && AfterDefiniteHead(d.First)).ToList());
    }

    /// <summary>
    /// The competition's head word before a place starting at <paramref name="first"/>, and its proclitic letters (ب، ل، و:
    /// «ببطولة»): the first of the indefinite `competition` and `competitionlink` words right before the place that is a
    /// `competition` word («بطولة كأس آسيا», «دوري أبطال آسيا»); null when none. Every word from the head to the place is
    /// free and in the place's sentence; only the head carries a proclitic.
    /// </summary>
    private (int Head, int Stripped)? Head(int first)
    {
        var sentence = s.SentenceOf[first];
        (int Head, int Stripped)? head = null;
        for (var k = first - 1; sentence >= 0 && k >= 0 && s.SentenceOf[k] == sentence && IsFreeOrTaggedMiscellaneous(k, first)
                                && s.IsArabicWord(k) && !NameWords.IsDefiniteWord(s, k); k--)
        {
            var kinds = ContextKind.None;
            var stripped = 0;
            foreach (var (key, letters, word) in s.Variants(k))
                if ((word.Context & (ContextKind.Competition | ContextKind.CompetitionLink)) != 0 && !ProcliticVariants.IsFusedArticle(s.Key(k), key, letters))
                {
                    kinds = word.Context;
                    stripped = letters;
                    break;
                }
            if ((kinds & ContextKind.Competition) != 0) head = (k, stripped);
            else if ((kinds & ContextKind.CompetitionLink) == 0) break;
            if (stripped > 0) break;
        }
        return head;
    }

    /// <summary>
    /// A state's nisba right after a competition's head word with the article names a national competition, no mention of
    /// the state: «الدوري السعودي», «بالدوري الإنجليزي», «الكأس الإيطالية». The word before <paramref name="first"/> is such a
    /// head in the same sentence, free or the tagger's miscellaneous name.
    /// </summary>
    private bool AfterDefiniteHead(int first) =>
        NameWords.AfterDefiniteContextWord(s, first, ContextKind.Competition) && IsFreeOrTaggedMiscellaneous(first - 1, first);

    /// <summary>Token <paramref name="k"/> is claimed by nothing, or by a miscellaneous name of the tagger's that ends before the place.</summary>
    private bool IsFreeOrTaggedMiscellaneous(int k, int place) =>
        s.Claim[k] == ScanState.Free
        || s.Claim[k] >= 0 && s.Drafts[s.Claim[k]] is { Type: EntityType.MISC, Rule: EntityRules.Model } tagged && tagged.End <= place;

    /// <summary>
    /// The end of a second place right after <paramref name="end"/> and a hyphen, the other end of a route («القاهرة -
    /// عمان»): a place of the gazetteer's or the tagger's with no proclitic; <paramref name="end"/> when there is none.
    /// </summary>
    private int RouteEnd(int end)
    {
        if (end + 1 >= s.Tokens.Count || !s.InSentence(end + 1, s.SentenceOf[end - 1]) || s.Tokens[end].Normalized != "-"
            || s.Claim[end + 1] < 0 || s.Drafts[s.Claim[end + 1]] is not { Type: EntityType.LOC or EntityType.GPE, Kind: MentionKind.Name, Stripped: 0 } other
            || other.First != end + 1)
            return end;
        return other.End;
    }

    /// <summary>Where the tagger's miscellaneous name over the place ends, when it runs on past <paramref name="placeEnd"/> over free words.</summary>
    private int TaggedMiscellaneousEnd(int head, int placeEnd)
    {
        if (s.Tagger is null) return placeEnd;
        var sentence = s.Input.Sentences[s.SentenceOf[head]];
        var tagged = s.Tagged();
        if (sentence.Index >= tagged.Count) return placeEnd;
        foreach (var t in tagged[sentence.Index])
        {
            var first = sentence.FirstToken + t.Start;
            var end = sentence.FirstToken + t.End;
            if (t.Type != EntityType.MISC || first > placeEnd - 1 || end <= placeEnd || first < head) continue;
            for (var k = placeEnd; k < end; k++)
                if (s.Claim[k] != ScanState.Free || !s.IsWord(k)) return placeEnd;
            // A name the tagger ends inside a construct («… لكرة» of «لكرة القدم») is cut short: the place ends it.
            if (s.InSentence(end, sentence.Index) && !NameWords.IsDefiniteWord(s, end - 1) && NameWords.IsDefiniteWord(s, end)) return placeEnd;
            return end;
        }
        return placeEnd;
    }
}
