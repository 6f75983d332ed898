using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Whether a capital or a city that stands for a state is read as the place or as its state.
/// </summary>
internal static class PlaceReading
{
    // Pronoun-carrying prepositions that may stand between a verb and its subject: تعرضت لها أنقرة.
    private static readonly HashSet<string> s_pronounPrepositions = ["له", "لها", "لهم", "عليه", "عليها", "منه", "منها", "به", "بها", "فيه", "فيها"];

    /// <summary>
    /// Whether a capital (or a city that stands for a state, تل أبيب) at <paramref name="i"/> acts and so stands for its
    /// state. The place reading is the default; the state reading needs a sign that the name acts, and no locative:
    /// <list type="bullet">
    /// <item>after a past-tense verb in ت (اتهمت تيرانا، قالت طهران), also across له/عليها (تعرضت لها أنقرة);</item>
    /// <item>after an acting word of context.tsv: relation words (مع طهران، بين واشنطن…، العقوبات على طهران),
    /// subordinators before a subject (إن أنقرة), nouns of a state's acts (موقف طهران) or present-tense verbs (تتهم واشنطن);</item>
    /// <item>right after another state mention (the object in اتهمت طهران واشنطن), or joined by و to a capital that acts
    /// (بين واشنطن وتيرانا).</item>
    /// </list>
    /// «في تيرانا»، «لدى تيرانا»، «شوارع لندن»، «مدينتي الرياض والدمام» stay places.
    /// </summary>
    public static bool IsActing(ScanState s, int i, int stripped)
    {
        if (PlaceReading.IsLocative(s, i, stripped)) return false;
        var key = s.Key(i);
        var p = s.Previous(i);
        if (p < 0) return false;
        if (stripped > 0 && key[0] == 'و')
            return s.Claim[p] >= 0 && s.Drafts[s.Claim[p]].Kind == MentionKind.Metonym;
        if (s.Claim[p] >= 0 && s.Drafts[s.Claim[p]].Type == EntityType.GPE) return true;
        if ((s.ContextOf(p) & ContextKind.Acting) != 0) return true;
        var verb = p;
        if (s_pronounPrepositions.Contains(s.Key(p)) && s.Previous(p) is var before && before >= 0) verb = before;
        var verbKey = s.Key(verb);
        return s.IsArabicWord(verb) && s.Claim[verb] == ScanState.Free && verbKey.Length >= 3 && verbKey[^1] == 'ت' && verbKey[^2] != 'ا';
    }

    /// <summary>
    /// Whether a capital (or a city that stands for a state) at <paramref name="i"/> is read as the place. It is when
    /// something locative governs it: an attached ب/ل (بطهران), a locative word before it (في، لدى، إلى، من، العاصمة،
    /// مدينة، مطار… also across a nisba: العاصمة الإيرانية طهران), a movement word earlier in the clause (زار… تل أبيب),
    /// or it is coordinated with a place read as a place (في طهران وبغداد). Otherwise the capital acts — subject of a
    /// verb (اتهمت تيرانا), partner of a relation (بين واشنطن وتيرانا، مع طهران) — and stands for its state.
    /// </summary>
    public static bool IsLocative(ScanState s, int i, int stripped)
    {
        var key = s.Key(i);
        for (var c = 0; c < stripped; c++)
            if (key[c] is 'ب' or 'ل') return true;

        var p = s.Previous(i);
        if (p >= 0)
        {
            if ((s.ContextOf(p) & ContextKind.Locative) != 0) return true;
            if (s.Claim[p] >= 0 && s.Drafts[s.Claim[p]].Kind == MentionKind.Nisba)
            {
                var before = s.Previous(s.Drafts[s.Claim[p]].First);
                if (before >= 0 && (s.ContextOf(before) & ContextKind.Locative) != 0) return true;
            }
            if (stripped > 0 && key[0] == 'و' && s.Claim[p] >= 0 && s.Drafts[s.Claim[p]].Rule == EntityRules.Place) return true;
        }
        for (var k = i - 1; k >= Math.Max(0, i - 8) && s.SentenceOf[k] == s.SentenceOf[i]; k--)
        {
            if (s.IsSeparator(k) && s.Tokens[k].Normalized is "،" or "," or "." or "؛" or ":") break;
            if ((s.ContextOf(k) & ContextKind.Movement) != 0) return true;
        }
        return false;
    }

    /// <summary>The type of what a place stands for when it acts: a state, or a body (بروكسل → the European Union).</summary>
    public static EntityType ActorType(ScanState s, KnownEntity place) => place.ActsFor is { } id && s.Gazetteer.Find(id) is { } actor ? actor.Type : EntityType.GPE;
}
