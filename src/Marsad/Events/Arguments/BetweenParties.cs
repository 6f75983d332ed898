using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The «بين» parties reading (arguments.tsv: <c>parties</c>): «بين X و Y» right after an event noun (or after its one
/// adjective), or right after a verb with no subject of its own, names the event's two parties, source then target;
/// «بين الطرفين» names them by a pair noun (<see cref="PairParties"/>).
/// </summary>
public sealed class BetweenParties(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// «المحادثات بين الرئيس الفرنسي ونظيره الإيراني», «الاشتباكات العنيفة بين الشرطة والمسلحين»: the two parties a
    /// <c>parties</c> cue names right after an event noun (or after its one adjective), the second joined to the first by و.
    /// Further on the cue qualifies another noun («ناقشا التوتر بين ألبانيا وإيران»), so the search stops there. A row that
    /// marks its recipient by بين (a mediation: «وساطة بين») reads it in FindTarget: its parties are recipients.
    /// </summary>
    public (ActorPhrase First, ActorPhrase Second)? Find(EventText text, TriggerMatch m, int end, bool[] isTrigger, bool adjective)
    {
        if (m.Entry.TargetMarks.Contains("بين")) return null;
        var t = ClauseSyntax.NextWord(text, m.End, end);
        if (adjective && t < end && !language.IsCue("parties", text.Words[t]))
        {
            // One adjective of the noun: a plain word, no actor, trigger, preposition or clause end.
            if (text.ActorCovering[t] >= 0 || isTrigger[t] || _syntax.IsClauseEnd(text, t) || language.IsCue("preposition", text.Words[t])
                || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord)
                return null;
            t = ClauseSyntax.NextWord(text, t + 1, end);
        }
        if (t >= end || !language.IsCue("parties", text.Words[t])) return null;
        return After(text, t, end);
    }

    /// <summary>
    /// «اشتباكات بين متظاهرين والشرطة», «صدامات بين الشرطة والمحتجين»: a pattern whose later word names one side (the riot
    /// row's protesters) with the <c>parties</c> cue in its gap, right after the noun, names both parties inside and after
    /// the pattern; the party the pattern names is the one the row is about, the source, the other the target — whatever
    /// the order and whatever preposition the row marks its recipient with. Null when neither party is a pattern word.
    /// </summary>
    public (ActorPhrase First, ActorPhrase Second)? InPattern(EventText text, TriggerMatch m, int end)
    {
        if (m.WordTokens.Count < 2) return null;
        var cue = ClauseSyntax.NextWord(text, m.First + 1, end);
        if (cue >= m.WordTokens[1] || !language.IsCue("parties", text.Words[cue])) return null;
        if (After(text, cue, end) is not var (one, other)) return null;
        bool Named(ActorPhrase party) => m.WordTokens.Skip(1).Any(w => w >= party.First && w < party.End);
        return Named(one) ? (one, other) : Named(other) ? (other, one) : null;
    }

    /// <summary>
    /// The two parties right after the <c>parties</c> cue at <paramref name="between"/>: an actor and its و conjunct (neither
    /// a lone nisba), or — «بين الطرفين» — a pair noun's two parties, the two named before it. Null otherwise.
    /// </summary>
    private static (ActorPhrase First, ActorPhrase Second)? After(EventText text, int between, int end)
    {
        var first = ClauseSyntax.NextWord(text, between + 1, end);
        if (first >= end || text.ActorStartingAt[first] is not (var a and >= 0)) return null;
        var one = text.Actors[a];
        if (one.Sector == PairParties.Sector) return PairParties.Find(text, one);
        var second = ClauseSyntax.NextWord(text, one.End, end);
        if (second >= end || text.ActorStartingAt[second] is not (var b and >= 0)) return null;
        var other = text.Actors[b];
        if (!ClauseSyntax.IsConjunctOf(text, one, other) || one.Adjectival || other.Adjectival) return null;
        return (one, other);
    }

    /// <summary>
    /// «وثمن الوزير العلاقات المتطورة بين بلاده وفرنسا», «وأشاد الرئيس بالتعاون القائم بين البلدين»: an act about a
    /// relation its object names by «بين X و Y», one party being the source's own state (its state's actor, «بلاده», or a
    /// pair noun's party in that state), has the other party as its recipient. At most <see cref="RelationWords"/> words —
    /// no actor, trigger, comma or clause end — stand between the search's start and بين; null when no party is the
    /// source's or both are.
    /// </summary>
    public ActorPhrase? OtherOfSource(EventText text, int from, int end, bool[] isTrigger, string? sourceState)
    {
        if (sourceState is null) return null;
        var words = 0;
        for (var t = from; t < end && words <= RelationWords; t++)
        {
            if (text.IsComma(t)) return null;
            if (text.IsSkippable(t)) continue;
            if (language.IsCue("parties", text.Words[t])) return Other(text, t, end, sourceState);
            if (text.ActorCovering[t] >= 0 || isTrigger[t] || _syntax.IsClauseEnd(text, t)
                || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord)
                return null;
            words++;
        }
        return null;
    }

    /// <summary>How many words of the relation noun and its adjectives may precede بين: «العلاقات الإستراتيجية المتطورة».</summary>
    private const int RelationWords = 4;

    private static ActorPhrase? Other(EventText text, int between, int end, string sourceState)
    {
        if (After(text, between, end) is not var (one, other)) return null;
        var oneOwn = IsOwn(one, sourceState);
        var otherOwn = IsOwn(other, sourceState);
        return oneOwn == otherOwn ? null : oneOwn ? Party(other) : Party(one);
    }

    // «بلاده»: a noun standing for a state named before it is the source's own in this reading.
    private static bool IsOwn(ActorPhrase party, string sourceState) => party.Sector == ActorPhraseFinder.StateAnaphor || party.Country == sourceState;

    // The other party must be someone: a state, a body, a named entity — not a bare place or a lone nisba.
    private static ActorPhrase? Party(ActorPhrase party) =>
        party.Country is null && party.EntityId is null || party.Adjectival || party.Sector == ActorPhraseFinder.StateAnaphor ? null : party;
}
