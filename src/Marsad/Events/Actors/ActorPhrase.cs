using Marsad.Documents;

namespace Marsad.Events.Actors;

/// <summary>
/// A phrase that can act in an event: an entity mention («عبد المجيد تبون», «وزارة الخارجية الألمانية», «الرياض») or a head noun
/// with the state after it («قوات إيرانية», «السفارة الإيرانية»). Tokens [<see cref="First"/>, <see cref="End"/>).
/// <see cref="Proclitics"/> are the letters attached before its first word (و، ب، ل… in matching-key form), which
/// mark it as governed by a preposition. <see cref="Adjectival"/> marks a nisba standing alone («الإيرانية»). <see cref="Collective"/> marks head-noun phrases («الحكومة») that name no particular entity.
/// </summary>
public sealed record ActorPhrase(
    int First,
    int End,
    TextSpan Span,
    string Text,
    string? EntityId,
    string? Country,
    string? Sector,
    bool Collective,
    bool IsPlace,
    string Proclitics,
    bool Adjectival = false)
{
    /// <summary>Governed by an attached preposition (ب، ل، ك).</summary>
    public bool HasAttachedPreposition => Proclitics.TrimStart('و', 'ف').Length > 0 && Proclitics.TrimStart('و', 'ف')[0] is 'ب' or 'ل' or 'ك';

    /// <summary>
    /// A place in a state — a capital, a city — that stands for that state where only a state can be meant: who sends
    /// what one receives («طلبا من روما»), who reacts («ترحيب رسمي من واشنطن»), as the entity step reads a capital that acts.
    /// </summary>
    public bool StandsForItsState => IsPlace && Country is not null;

    /// <summary>
    /// A party named by common words only, no entity («قصفت الطائرات مستشفى», «أفرجت السلطات عن ناشطة سورية»): collective,
    /// not a place, no sector, in the state a nisba in it names (<paramref name="country"/>), its text the slice of <paramref name="documentText"/>.
    /// </summary>
    public static ActorPhrase CommonNoun(int first, int end, TextSpan span, string documentText, string? country) =>
        new(first, end, span, span.Slice(documentText), null, country, null, Collective: true, IsPlace: false, "");

    public EventActor ToActor() => new(EntityId, Text, Span, Country, Sector);
}
