using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// Nouns for the members of a body (actor-nouns.tsv, sector @body: عناصر، مقاتلو، أفراد). With a pronoun, «عناصرها», the
/// members are a phrase of their own, whose body <c>ActorStates.ToActor</c> finds; without one, «عناصر الأمن», they head
/// the phrase of the body named right after them. <see cref="ActorPhraseFinder"/> makes the first kind and runs
/// <see cref="WithMembers"/>, a pass over its finished phrases, for the second; moved whole out of the finder (split51)
/// so the pass reads and tests alone.
/// </summary>
internal sealed class BodyMembers(EventLanguage language)
{
    /// <summary>The actor-nouns.tsv sector of a noun for the members of a body.</summary>
    public const string Sector = "@body";

    /// <summary>
    /// «ومقاتلي الحزب», «عناصر الأمن»: a noun for the members of a body with no pronoun of its own (actor-nouns.tsv, @body)
    /// heads the phrase of the body named right after it, so the phrase starts at the noun and carries its proclitics: the
    /// و of «بين الشرطة ومقاتلي الحزب» joins the second party to the first, the ب of «بعناصر الأمن» governs the phrase.
    /// </summary>
    public List<ActorPhrase> WithMembers(string text, IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, List<ActorPhrase> phrases)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            var body = phrases[i];
            var members = body.First - 1;
            if (members < 0 || i > 0 && phrases[i - 1].End > members || body.IsPlace || body.Adjectival) continue;
            if (!language.TryActorNoun(words[members], out var sector, out var form) || sector != Sector || HasPossessiveSuffix(tokens[members], words[members].Forms[form])) continue;
            var prefix = words[members].Prefixes[form];
            phrases[i] = body with
            {
                First = members, Span = PhraseSpan.Of(tokens, members, body.End, prefix, text), Text = PhraseSpan.Text(text, tokens, members, body.End, prefix), Proclitics = prefix,
            };
        }
        return phrases;
    }

    /// <summary>The word ends in a third-person possessive pronoun its lookup form left off: «عناصرها», «أفراده», «مقاتليهم».</summary>
    public static bool HasPossessiveSuffix(Token token, string form) =>
        token.Key.Length > form.Length && CliticSegmenter.ThirdPersonPronoun(token.Key) is "ه" or "ها" or "هم" or "هن";
}
