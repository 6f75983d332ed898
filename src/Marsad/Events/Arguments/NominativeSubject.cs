using Marsad.Events.Actors;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// «وطالب صحافيون بارزون بوضع خطة», «واحتج موظفون على القرار»: a common noun right after a verb with no subject found,
/// written with the nominative ending of the sound masculine plural (ـون), is the verb's subject — an object would be in the
/// accusative (ـين). The noun names no actor of the lexicon, so the subject search (which reads actor phrases) passes it, and
/// without this reading the object search took it for the recipient. A short word ending in ون is a broken plural or a
/// singular (سجون، قانون، مليون), no such ending; so is a word carrying an attached preposition.
/// </summary>
public static class NominativeSubject
{
    /// <summary>Letters a sound plural in ـون has at least, the article left aside («مسلحون», «محتجون»).</summary>
    private const int MinLength = 6;

    /// <summary>The nominative noun phrase right after the verb at <paramref name="from"/>, or null.</summary>
    public static ActorPhrase? Find(NounRecipient nouns, EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        if (!m.Verbal) return null;
        var first = ClauseSyntax.NextWord(text, from, end);
        if (first >= end || text.ActorCovering[first] >= 0 || text.Words[first].Prefixes.Count > 0 && ClauseSyntax.AttachedPreposition(text.Words[first].Prefixes[^1]) is not null)
            return null;
        if (nouns.NounAfter(text, m, from, end, isTrigger) is not { } phrase || phrase.First != first) return null;
        if (!IsNominative(text, first)) return null;
        // «وقد انتقد الجمهوريون الاتفاق»: the word after the subject is its own only as an adjective in the same case
        // («صحافيون بارزون»); else it is the verb's object.
        var last = phrase.End - 1 > first && IsNominative(text, first + 1, minLength: 4) ? first + 1 : first;
        return last == phrase.End - 1 ? phrase : ActorPhrase.CommonNoun(first, last + 1, text.Span(first, last + 1), text.Text, null);
    }

    private static bool IsNominative(EventText text, int token, int minLength = MinLength)
    {
        return SoundPluralEnding.MasculineNominative(CliticSegmenter.WithoutArticle(text.Tokens[token].Key, 0), minLength);
    }
}
