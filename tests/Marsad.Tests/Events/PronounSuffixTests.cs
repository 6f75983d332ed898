using Marsad.Entities;
using Marsad.Events;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>
/// Whether a word carries an attached pronoun (Events/Arguments/ClauseSyntax.HasPronounSuffix): the matching key folds ة
/// into ه, so a word in ة must not pass for one in the pronoun ه.
/// </summary>
public sealed class PronounSuffixTests
{
    private static bool HasPronounSuffix(string word)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(word));
        var words = tokens.Select(t => WordForms.Of(t, CliticSegmenter.Analyze(t))).ToArray();
        var text = new EventText(word, tokens, [], words, [], [], null, ArticleEntities.Empty);
        return ClauseSyntax.HasPronounSuffix(text, 0);
    }

    [Fact]
    public void AWordInTaaMarbutaCarriesNoPronoun()
    {
        Assert.False(HasPronounSuffix("وأجهزة"));
        Assert.False(HasPronounSuffix("بالزيارة"));
    }

    [Fact]
    public void AWordInTheMasculinePronounCarriesIt() => Assert.True(HasPronounSuffix("ومنازله"));
}
