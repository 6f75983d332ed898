using Marsad.Entities;
using Marsad.Events.Arguments;

namespace Marsad.Events;

/// <summary>
/// A state's protest is words, not a march. «احتجاج» and «احتجاجات» name both a demonstration and a complaint, and PLOVER
/// codes them apart: "Diplomatic protests … are coded as ACCUSE disapprove; PROTEST presumes significant physical/material
/// activity". So a demonstration whose source, found in its own clause, is a government or its diplomats («وذلك ما تستند
/// إليه السلطات في احتجاجاتها», «كررت الخارجية احتجاجاتها على صفقة السلاح») is an official complaint: ACCUSE disapprove,
/// CAMEO 114, in the diplomatic context. A people named by its nisba alone is no government. Riots, strikes, boycotts
/// and hunger strikes keep their type, and so does a demonstration whose source was carried from an earlier clause (it
/// may be anybody's) — unless the protest noun's own pronoun names it («احتجاجاتها»: her protests, the state's).
/// </summary>
public sealed class StateProtest
{
    // The sectors of a state speaking as a state (EventActor.Sector): its government and its diplomats.
    private static readonly HashSet<string> StateSectors = ["GOV", "DIP"];

    // «تظاهر آلاف الصرب», «احتجاجات الفلسطينيين»: a people named by its nisba alone is no government, though its actor
    // falls back to the GOV sector of its country; «السلطات الصينية» begins with the body the nisba qualifies.
    private static bool People(EventText text, EventActor source) =>
        text.Entities.Mentions.Any(m => m.Kind == MentionKind.Nisba && m.Span.Start == source.Span.Start);

    public void Recode(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft is not { Type: PloverType.PROTEST, Mode: "demo", Source: { Sector: { } sector } source }
                || !StateSectors.Contains(sector) || People(text, source)) continue;
            if (draft.SourceInferred && (draft.Trigger.Verbal || !ClauseSyntax.HasPronounSuffix(text, draft.Trigger.First))) continue;
            draft.Type = PloverType.ACCUSE;
            draft.Mode = "disapprove";
            draft.Cameo = "114";
            if (!draft.Contexts.Contains("diplomatic")) draft.Contexts.Add("diplomatic");
        }
    }
}
