namespace Marsad.Entities;

/// <summary>
/// A statistical name tagger over a whole article, sentence by sentence (a document-level tagger can use one sentence
/// to tag another). Spans are over the token indexes of their sentence, end exclusive.
/// </summary>
public interface IEntityTagger
{
    IReadOnlyList<IReadOnlyList<TaggedSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences);
}

public sealed record TaggedSpan(int Start, int End, EntityType Type, double Confidence);
