namespace Marsad.Events;

/// <summary>
/// A trigger found in a sentence: the lexicon row, tokens [<see cref="First"/>, <see cref="End"/>) of the whole pattern,
/// (<see cref="WordTokens"/>: the tokens the pattern's words matched, not its gaps; <see cref="SpanEnd"/>: end of the words shown as the trigger), whether it is read as a verb (its subject acts) or as an event noun, and whether the verb carries the future prefix س.
/// </summary>
public sealed record TriggerMatch(Lexicon.TriggerEntry Entry, int First, int End, int Sentence, bool Verbal, bool Future, int SpanEnd, IReadOnlyList<int> WordTokens)
{
    /// <summary>The verb is read as passive (<see cref="PassiveVoice"/>): its subject is the recipient.</summary>
    public bool Passive { get; init; }

    /// <summary>
    /// The verb carries its object as a pronoun suffix past the form the lexicon matched («واعتقلتهم», «فهاجمتهم»): its
    /// object slot is taken, so a bare phrase after it is its subject («واعتقلتهم الشرطة»), not its recipient.
    /// </summary>
    public bool ObjectPronoun { get; init; }
}
