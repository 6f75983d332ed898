using Marsad.Entities;
using Marsad.Entities.Linking;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// «بلدة سراقب», «العاصمة كولومبو»: a place noun (`place` in arguments.tsv) and the name after it are one place phrase, in
/// the named place's state. <see cref="ActorPhraseFinder"/> asks this type where the name after a place noun ends and
/// which mention it is, and makes the phrase; moved whole out of the finder (split52) so the place-name reading reads and
/// tests alone.
/// </summary>
internal sealed class PlaceNames(EventLanguage language)
{
    /// <summary>
    /// The token after the name a place noun (`place` in arguments.tsv) at <paramref name="at"/> introduces (0 when none),
    /// and the city, region or state the entity step found in it: a mention right after the noun (a place, or a name of no
    /// known entity, whatever type the tagger gave it), or one or two words
    /// no lexicon reads otherwise — not definite, no nisba or feminine ending, no actor noun — possibly ending in such a
    /// mention («بلدة تشاسيف يار», not «منطقة عسكرية» nor «مدينة كبيرة»). <paramref name="covered"/> marks the tokens of
    /// the article's outer mentions, <paramref name="mentionAt"/> the outer mention opening at each token.
    /// </summary>
    public (int End, EntityMention? Name) NameAfter(string text, IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, bool[] covered, EntityMention?[] mentionAt, int at)
    {
        if (at + 1 >= tokens.Count || words[at].Forms.Count == 0 || !language.IsCue("place", words[at])) return (0, null);
        var end = at + 1;
        // «المدينة» alone points back to a city already named; only «العاصمة» is written definite before its name.
        var definite = NounPrefix(words[at]).EndsWith("ال", StringComparison.Ordinal);
        while (!definite && end < tokens.Count && end - at <= 2 && !covered[end] && IsBareName(text, tokens[end], words[end])) end++;
        // A name the tagger guessed as another type («بلدة تشاسيف يار» read as a person) is the place's name all the same.
        if (end < tokens.Count && end - at <= 2 && mentionAt[end] is { Kind: not MentionKind.Nisba } name && (name.Type is EntityType.GPE or EntityType.LOC || EntityId.IsUnknown(name.EntityId)))
            return (name.EndToken, name.Type is EntityType.GPE or EntityType.LOC ? name : null);
        if (end < tokens.Count && covered[end] && end > at + 1) return (0, null);
        return end > at + 1 ? (end, null) : (0, null);
    }

    /// <summary>The proclitics before the place noun's own form («وبلدة» → و).</summary>
    public string NounPrefix(WordForms word)
    {
        for (var i = 0; i < word.Forms.Count; i++)
            if (language.IsCue("place", word.Forms[i])) return word.Prefixes[i];
        return "";
    }

    // A word with tanween («خطأً», «ليلاً») is an indefinite common word, never a name.
    private bool IsBareName(string text, Token token, WordForms word) =>
        token.Kind == TokenKind.ArabicWord && token.Key.Length >= 3 && !word.IsDefinite && !NameWordEvidence.HasTanween(text.AsSpan(token.Span.Start, token.Span.End - token.Span.Start))
        && !ActorPhraseFinder.IsAdjectiveOf(token, word, word) && !token.Key.EndsWith('ه') && !language.TryActorNoun(word, out _, out _) && !language.IsCue("place", word)
        && !language.IsCue("preposition", word) && !language.IsCue("stop", word) && !language.IsCue("affiliation", word);
}
