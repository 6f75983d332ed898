using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// A state's nisba that names a past empire or age is no mention of the modern state: «الإمبراطورية الرومانية», «العصر
/// الروماني» are Rome's, not Romania's. A nisba right after the definite noun of an empire or age (context.tsv `era`) is
/// dropped, and so are the article's other nisbas of that state when the article never names the state itself: a history
/// of the Roman army («الجيش الروماني») says «روماني» of Rome throughout.
/// </summary>
internal sealed class EraNisbaPass(ScanState s)
{
    public void Run()
    {
        var states = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<MentionDraft>();
        foreach (var nisba in s.Drafts)
            if (IsStateNisba(nisba) && AfterEraNoun(nisba.First))
            {
                states.Add(nisba.EntityId);
                dropped.Add(nisba);
            }
        if (states.Count == 0) return;
        var named = s.Drafts.Where(d => d.Kind != MentionKind.Nisba).Select(d => d.EntityId).ToHashSet(StringComparer.Ordinal);
        dropped.AddRange(s.Drafts.Where(d => IsStateNisba(d) && !dropped.Contains(d) && states.Contains(d.EntityId) && !named.Contains(d.EntityId)));
        s.RemoveDrafts(dropped);
    }

    private static bool IsStateNisba(MentionDraft d) => d is { Type: EntityType.GPE, Kind: MentionKind.Nisba, Nested: false };

    /// <summary>The word right before <paramref name="first"/>, in its sentence, is an `era` noun with the article.</summary>
    private bool AfterEraNoun(int first) => NameWords.AfterDefiniteContextWord(s, first, ContextKind.Era);
}
