namespace Marsad.Stories;

/// <summary>
/// What a story term stands for, told by its first character (<see cref="StoryProfile.Terms"/>): a content word's stem
/// (body and title together), <c>^stem</c> a title word, <c>@id</c> an entity (a place when its id is a <c>gpe:</c>
/// or <c>loc:</c> one, Entities/EntityType), <c>!type:source:target</c> a coded event, <c>%type/mode</c> the kind of happening
/// coded, without its actors. Pair evidence compares each kind on its own (<see cref="PairEvidence"/>): places apart
/// from people and organisations, because two reports of one happening name its place even when they quote different
/// people.
/// </summary>
public enum TermKind : byte
{
    Word,
    Title,
    Entity,
    Event,
    Place,
    EventKind,
}

public static class TermKinds
{
    public const int Count = 6;

    public static TermKind Of(string term) => term.Length == 0 ? TermKind.Word : term[0] switch
    {
        '^' => TermKind.Title,
        '@' => IsPlace(term) ? TermKind.Place : TermKind.Entity,
        '!' => TermKind.Event,
        '%' => TermKind.EventKind,
        _ => TermKind.Word,
    };

    private static bool IsPlace(string term) => term.AsSpan(1).StartsWith("loc:");
}
