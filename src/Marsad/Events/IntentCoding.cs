namespace Marsad.Events;

/// <summary>
/// PLOVER codes an announced intention by what it promises: a planned visit, talks, cooperation, aid or signing of an agreement is AGREE (CAMEO
/// 036/031/033/030: "express intent to meet / cooperate / provide aid"), a planned withdrawal, release or ceasefire is CONCEDE.
/// A planned visit of an official to his own country's troops or police («سيزور وزير الدفاع القوات المرابطة على
/// الحدود») promises no meeting with another party: it stays a planned CONSULT.
/// The modality stays planned (or denied, alleged: «كذبت الرئاسة … زيارة مرتقبة» is a denied intention), so nothing is lost.
/// </summary>
public sealed class IntentCoding
{
    public void Recode(IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            // A denied or reported intention is still one («كذبت الرئاسة … زيارة مرتقبة»); a negated one is not
            // (a refusal, if any, was coded by RefusalCoding).
            if (draft.Modality != EventModality.Planned && !(draft.Intended && draft.Modality is EventModality.Denied or EventModality.Alleged)) continue;
            (PloverType Type, string? Cameo)? recoded = draft.Type switch
            {
                PloverType.CONSULT => (PloverType.AGREE, "036"),
                PloverType.COOPERATE => (PloverType.AGREE, "031"),
                PloverType.AID => (PloverType.AGREE, "033"),
                PloverType.RETREAT => (PloverType.CONCEDE, "080"),
                // Signing an agreement, opening an embassy, recognising a state: future diplomatic cooperation. Future
                // praise is still praise.
                PloverType.SUPPORT when draft.Cameo is "057" or "050" or "054" => (PloverType.AGREE, "030"),
                _ => null,
            };
            if (recoded is not { } r || OwnForces(draft)) continue;
            draft.Type = r.Type;
            draft.Mode = null;
            draft.Cameo = r.Cameo;
        }
    }

    // The visited are the source's own armed or security forces: the same country, a military or police sector.
    private static bool OwnForces(DraftEvent draft) =>
        draft.Type == PloverType.CONSULT && draft is { Source.Country: { } home, Target: { Country: { } country, Sector: "MIL" or "COP" } }
        && home == country;
}
