namespace Marsad.Text.Morphology;

/// <summary>
/// The written marks of the first person on a word, as a matching key spells them (hamza folded): the imperfect's prefix
/// of «I», أ (ا in the key), or of «we», ن — «أقول», «نطالب» — and the ending نا of «we» on a perfect or of «our» on a
/// noun — «وقعنا», «أملنا». The marks alone do not make the first person: a perfect like نشر opens with ن, a noun like أمل
/// with أ, a word like «هنا» ends in نا. So each reader asks for the evidence its use can trust, and keeps its own
/// conjunction trimming and length: the quote step reads a cue it already knows for an imperfect verb of saying
/// (QuoteRecognizer: I or we); the events step a verb after a future, a negation or «أنا/نحن»
/// (ClauseSyntax.IsFirstPerson) or a perfect of five letters (ClauseSyntax.IsFirstPersonPerfect); modality a word of
/// hoping, where the prefix of «I» cannot be told from the root's own hamza («آمل» I hope, «أمل» hope), so «we» only
/// (ProjectedAct). One place for the letters these readers share.
/// </summary>
public static class FirstPersonShape
{
    /// <summary>
    /// The key opens with the prefix of a first-person imperfect: ن («we»), or with <paramref name="singular"/> also ا
    /// («I», أ written).
    /// </summary>
    public static bool OpensImperfect(ReadOnlySpan<char> key, bool singular = true) =>
        key.Length > 0 && (key[0] == 'ن' || singular && key[0] == 'ا');

    /// <summary>The key ends with نا: «we» on a perfect («وقعنا»), «our» on a noun («أملنا»).</summary>
    public static bool EndsWithWe(ReadOnlySpan<char> key) => key.EndsWith("نا", StringComparison.Ordinal);
}
