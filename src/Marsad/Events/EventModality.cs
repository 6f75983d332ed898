namespace Marsad.Events;

/// <summary>
/// How the text presents an event: in the outlet's own voice (asserted), through a named source (reported), as a claim
/// or accusation (alleged), denied by a party (denied), as future, intended or threatened (planned), or as not having
/// happened (negated). Written in lower case in every output.
/// </summary>
public enum EventModality
{
    Asserted,
    Reported,
    Alleged,
    Denied,
    Planned,
    Negated,
}

public static class EventModalities
{
    public static string Name(this EventModality modality) => modality.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out EventModality modality) =>
        Enum.TryParse(text, ignoreCase: true, out modality) && Enum.IsDefined(modality);

    /// <summary>When several cues apply, the strongest wins: denied > negated > alleged > planned > reported > asserted.</summary>
    public static int Rank(this EventModality modality) => modality switch
    {
        EventModality.Denied => 5,
        EventModality.Negated => 4,
        EventModality.Alleged => 3,
        EventModality.Planned => 2,
        EventModality.Reported => 1,
        _ => 0,
    };
}
