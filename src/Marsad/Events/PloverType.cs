namespace Marsad.Events;

/// <summary>The 16 event types of PLOVER (PLOVER_MANUAL.tex, "Event Categories"), written in capitals in every output.</summary>
public enum PloverType
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    MOBILIZE,
    SANCTION,
    COERCE,
    ASSAULT,
}

public static class PloverTypes
{
    /// <summary>Verbal types: the event is performed by saying it (a condemnation, a demand, a promise).</summary>
    public static bool IsSpeechAct(PloverType type) =>
        type is PloverType.AGREE or PloverType.SUPPORT or PloverType.REQUEST or PloverType.ACCUSE or PloverType.REJECT
            or PloverType.THREATEN or PloverType.CONCEDE;

    /// <summary>Force types: an act of physical force or its threat (an attack, an arrest, troops moved, a threat).</summary>
    public static bool IsForce(PloverType type) =>
        type is PloverType.ASSAULT or PloverType.COERCE or PloverType.MOBILIZE or PloverType.THREATEN;
}
