using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// A detached third-person singular pronoun right before a verb is its subject («وأكد أن على الحكومة أن تعترف، وهي ترفض الآن وقف
/// الاستيطان», «وهو لا يزال يرفض»): it stands for the nearest actor named before it in its sentence — governed by a
/// preposition or not, as a pronoun takes up any noun — that is no place nor lone nisba and agrees with it in gender and
/// number (arguments.tsv feminine_pronoun, masculine_pronoun, plural_pronoun; <see cref="Agreement"/>).
/// </summary>
public sealed class SubjectPronoun(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly Agreement _agreement = new(language);

    /// <summary>The phrase the pronoun before <paramref name="verb"/> stands for, or null when no pronoun stands there or no actor before it agrees.</summary>
    public ActorPhrase? Antecedent(EventText text, int verb, int sentenceStart)
    {
        var pronoun = verb - 1;
        // «وهي لا تزال», «وهو لن يشارك»: a negation or a verb particle may stand between.
        while (pronoun >= sentenceStart && (text.IsSkippable(pronoun) || _syntax.IsVerbParticle(text, pronoun))) pronoun--;
        if (pronoun < sentenceStart || text.ActorCovering[pronoun] >= 0 || !language.IsCue("subject_pronoun", text.Words[pronoun])) return null;
        for (var a = text.Actors.Count - 1; a >= 0; a--)
        {
            var phrase = text.Actors[a];
            if (phrase.End > pronoun || phrase.First < sentenceStart) continue;
            if (!phrase.IsPlace && !phrase.Adjectival && Agrees(text, text.Words[pronoun], phrase)) return phrase;
        }
        return null;
    }

    /// <summary>
    /// «هي» stands for no masculine noun, «هو» for no feminine one («وهو سيفجر» not for «قوات أمنية»).
    /// </summary>
    private bool Agrees(EventText text, WordForms pronoun, ActorPhrase phrase)
    {
        if (language.IsCue("feminine_pronoun", pronoun)) return _agreement.Agrees(text, Agreement.Pronoun.Feminine, phrase);
        if (language.IsCue("masculine_pronoun", pronoun)) return !_agreement.FeminineHead(text, phrase);
        return true;
    }
}
