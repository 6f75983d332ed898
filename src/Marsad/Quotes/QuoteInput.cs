using Marsad.Entities;
using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Quotes;

/// <summary>What quote recognition reads: the text, its tokens and sentences, and, when present, the words' clitics,
/// the entities (speakers are entity mentions) and the time expressions (skipped between a cue and its speaker).</summary>
public sealed record QuoteInput(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences)
{
    public ArticleEntities Entities { get; init; } = ArticleEntities.Empty;

    public IReadOnlyList<WordAnalysis?>? Words { get; init; }

    public IReadOnlyList<TimeExpression>? Times { get; init; }
}
