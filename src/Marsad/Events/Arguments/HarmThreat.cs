namespace Marsad.Events.Arguments;

/// <summary>
/// The threat a harm names: PLOVER codes a promised or conditional hostile act as THREATEN, its mode the content of the
/// threat (the manual: «in THREATEN the mode is the content of the threat»), its CAMEO code the nearest of 13x.
/// One mapping for every pass that turns a harm into a threat (<see cref="ComplementEvents"/>, <see cref="ConditionalThreats"/>).
/// </summary>
public static class HarmThreat
{
    /// <summary>The threat's mode and CAMEO code for a hostile act, or null when the act is no harm.</summary>
    public static (string Mode, string Cameo)? Of(DraftEvent act) => act.Type switch
    {
        PloverType.ASSAULT => ("violence", "138"),
        PloverType.SANCTION when act.Mode == "expel" => ("expel", "136"),
        // International sanctions (CAMEO 163): «threaten to boycott, embargo, or sanction» is 1312, restrict.
        PloverType.SANCTION when act.Cameo == "163" => ("restrict", "1312"),
        PloverType.SANCTION => ("relations", "1313"),
        PloverType.COERCE when act.Mode == "arrest" => ("arrest", "130"),
        PloverType.COERCE when act.Mode == "seize" && act.Cameo == "192" => ("territory", "1382"),
        PloverType.COERCE => ("restrict", "1312"),
        _ => null,
    };

    /// <summary>Recodes <paramref name="intent"/> as the threat of <paramref name="act"/>; false when the act is no harm.</summary>
    public static bool Recode(DraftEvent intent, DraftEvent act)
    {
        if (Of(act) is not { } threat) return false;
        intent.Type = PloverType.THREATEN;
        intent.Mode = threat.Mode;
        intent.Cameo = threat.Cameo;
        return true;
    }
}
