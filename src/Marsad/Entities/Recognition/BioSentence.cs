namespace Marsad.Entities.Recognition;

/// <summary>One sentence of a BIO-tagged corpus: surface tokens and one tag per token (O, B-PER, I-PER…).</summary>
public sealed record BioSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
