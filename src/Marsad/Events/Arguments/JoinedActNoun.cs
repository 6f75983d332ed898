namespace Marsad.Events.Arguments;

/// <summary>
/// «قررت النيابة توقيفه واحتجازه», «خطفهم وتعذيبهم»: an event noun carrying the pronoun of the one it was done to, joined
/// by و right after another such noun, names a second act of the same doer on the same person; it has the doer and the
/// recipient of the noun before it. Its own search would start past the first noun and take the doer named before both
/// for the one acted on. Two bare nouns («قصف وتدمير المدينة») share an object after them instead, and stay as they are.
/// </summary>
public static class JoinedActNoun
{
    /// <summary>The earlier draft of the sentence whose event noun <paramref name="s"/>'s noun is joined to, or null.</summary>
    public static DraftEvent? JoinedTo(MentionArguments s)
    {
        var (text, m) = (s.Text, s.M);
        if (m.Verbal || !ClauseSyntax.SurelyJoinedByAnd(text, m.First) || !ClauseSyntax.HasPronounSuffix(text, m.First)) return null;
        return s.Earlier.LastOrDefault(d => d.Trigger.Sentence == m.Sentence && !d.Trigger.Verbal && d.Trigger.End == d.Trigger.First + 1
            && ClauseSyntax.NextWord(text, d.Trigger.End, m.First) == m.First && ClauseSyntax.HasPronounSuffix(text, d.Trigger.First));
    }
}
