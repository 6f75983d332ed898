namespace Marsad.Entities;

/// <summary>A statistical name tagger: spans over the token indexes of one sentence, end exclusive.</summary>
public interface IEntityTagger
{
    IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> tokens);
}

public sealed record TaggedSpan(int Start, int End, EntityType Type, double Confidence);
