using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Actors joined by و: one compound actor in most acts («وتتهم بريطانيا وفرنسا», <see cref="WithConjuncts"/>), and in a
/// joint act the subject's second conjunct is the other party («بدأت الولايات المتحدة وأوكرانيا مناورات»,
/// <see cref="JointPartner"/>).
/// </summary>
public static class CoordinatedActors
{
    /// <summary>
    /// The other party of a joint act (a row whose recipient is marked by مع or بين): the second conjunct of its subject,
    /// a name («بدأت الولايات المتحدة وأوكرانيا مناورات») or a nisba sharing the first's noun («القوات السعودية والمصرية»).
    /// </summary>
    public static ActorPhrase? JointPartner(EventText text, TriggerEntry entry, ActorPhrase? source)
    {
        if (source is null || !(entry.TargetMarks.Contains("مع") || entry.TargetMarks.Contains("بين"))) return null;
        var last = source;
        for (var t = source.End; t < text.Tokens.Count; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorStartingAt[t] is not (var a and >= 0)) return ClauseSyntax.OnlySkippableBetween(text, last.End, t) ? ConjunctParty.At(text, t) : null;
            var next = text.Actors[a];
            // «وقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ونظيره الأردني»: the doer's name in apposition is the doer.
            if (last == source && NameInApposition(source, next))
            {
                last = next;
                t = next.End - 1;
                continue;
            }
            // «وحكومة إقليم كردستان»: a group noun of no state with a state named right after it is the party in that state.
            return ClauseSyntax.IsConjunctOf(text, last, next) && !next.IsPlace ? ConjunctParty.At(text, next.First) ?? next : null;
        }
        return null;
    }

    /// <summary>
    /// A phrase with the actors joined to it by و («بريطانيا وفرنسا», «قوات أميركية وأردنية») as one compound; a place or the
    /// other role's phrase ends the run.
    /// </summary>
    public static ActorPhrase WithConjuncts(EventText text, ActorPhrase phrase, ActorPhrase? other)
    {
        if (phrase.IsPlace) return phrase;
        var last = phrase;
        for (var t = phrase.End; t < text.Tokens.Count; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorStartingAt[t] is not (var a and >= 0) || text.Actors[a] is not { IsPlace: false } next || next == other
                || !ClauseSyntax.IsConjunctOf(text, last, next)) break;
            last = next;
            t = next.End - 1;
        }
        return last == phrase ? phrase : Compound(text, phrase, last);
    }

    /// <summary>
    /// Doers joined by و («بريطانيا وفرنسا والولايات المتحدة») as one phrase: in their state when all share it, else in none.
    /// </summary>
    private static ActorPhrase Compound(EventText text, ActorPhrase first, ActorPhrase last)
    {
        var span = new Documents.TextSpan(first.Span.Start, last.Span.End);
        var shared = true;
        for (var a = text.ActorCovering[first.First]; a >= 0 && a < text.Actors.Count && text.Actors[a].First < last.End; a++)
            shared &= text.Actors[a].Country == first.Country;
        return first with
        {
            End = last.End, Span = span, Text = text.Text[span.Start..span.End], EntityId = null,
            Country = shared ? first.Country : null, Sector = first.Sector == last.Sector ? first.Sector : null,
            Collective = false, Adjectival = false,
        };
    }

    /// <summary>A person's name right after a phrase that names no person, with at most a title between («وزير الطاقة الأمير …»).</summary>
    private static bool NameInApposition(ActorPhrase first, ActorPhrase second) =>
        !EntityId.Is(first.EntityId, EntityType.PER) && EntityId.Is(second.EntityId, EntityType.PER)
        && second.Proclitics.Length == 0 && second.First - first.End <= 1 && second.First >= first.End;
}
