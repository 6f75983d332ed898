namespace Marsad.Entities.Recognition;

/// <summary>A typed run of tokens, half-open: tokens [Start, End).</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
