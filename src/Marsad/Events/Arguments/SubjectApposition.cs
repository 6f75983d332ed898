using Marsad.Text.Morphology;
using Marsad.Entities;
using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// «وأدان وزير الخارجية الأردني الدكتور ناصر جودة الهجوم»: a person's name apposed to the subject, with the holder's
/// honorific before it, is the same person, no recipient. The entity step already read the title as the holder's
/// (<c>RoleAppositionPass</c>) and linked office and name to one person; so the subject runs on to that name, and
/// recipients are looked for after it, never in the honorific between. Only a phrase of the subject's own person within
/// <see cref="MaxBetween"/> words counts, with no trigger or other actor between.
/// </summary>
public static class SubjectApposition
{
    /// <summary>Words an honorific takes between an office and its holder's name («الدكتور», «الشيخ الدكتور»).</summary>
    private const int MaxBetween = 2;

    /// <summary>Where the subject <paramref name="source"/> ends, with the name of its own person apposed to it.</summary>
    public static int End(EventText text, ActorPhrase source, bool[] isTrigger)
    {
        if (!EntityId.Is(source.EntityId, EntityType.PER)) return source.End;
        for (var t = source.End; t < text.Tokens.Count && t - source.End <= MaxBetween; t++)
        {
            if (text.SentenceOf[t] != text.SentenceOf[source.First] || isTrigger[t]) return source.End;
            if (text.ActorCovering[t] is var a and >= 0)
                return text.Actors[a] is { } name && name.First == t && t > source.End && name.EntityId == source.EntityId
                       && name.Proclitics.Length == 0 ? name.End : source.End;
            // An honorific is written with the article and nothing before it (the entity step's test): «وناصر» is a second party.
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || !CliticSegmenter.OpensWithArticle(text.Tokens[t].Key)) return source.End;
        }
        return source.End;
    }
}
