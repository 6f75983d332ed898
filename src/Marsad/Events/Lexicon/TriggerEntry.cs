namespace Marsad.Events.Lexicon;

/// <summary>
/// One row of Resources/Events/triggers.tsv: the event a trigger pattern codes and how its recipient is marked
/// (<see cref="TargetMarks"/>: "obj" for a direct object or genitive, else prepositions). <see cref="Verbal"/>: the
/// pattern starts with a verb (its subject is the source); otherwise it is an event noun (its genitive is).
/// </summary>
public sealed record TriggerEntry(
    PloverType Type,
    string? Mode,
    string? Cameo,
    IReadOnlyList<string> TargetMarks,
    IReadOnlyList<string> Contexts,
    bool Verbal,
    int Line)
{
    public bool TargetIsObject => TargetMarks.Contains("obj");

    /// <summary>The head verb's forms only its first person spells (<see cref="PatternWord.FirstPersonOnly"/>), or null.</summary>
    public IReadOnlySet<string>? FirstPersonOnly { get; init; }
}
