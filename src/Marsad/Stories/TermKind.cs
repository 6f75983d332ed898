namespace Marsad.Stories;

/// <summary>
/// What a story term stands for, told by its first character (<see cref="StoryProfile.Terms"/>): a content word's stem
/// (body and title together), <c>^stem</c> a title word, <c>@id</c> an entity, <c>!type:source:target</c> a coded event.
/// Pair evidence compares each kind on its own (<see cref="PairEvidence"/>).
/// </summary>
public enum TermKind : byte
{
    Word,
    Title,
    Entity,
    Event,
}

public static class TermKinds
{
    public const int Count = 4;

    public static TermKind Of(string term) => term.Length == 0 ? TermKind.Word : term[0] switch
    {
        '^' => TermKind.Title,
        '@' => TermKind.Entity,
        '!' => TermKind.Event,
        _ => TermKind.Word,
    };
}
