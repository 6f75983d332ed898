using Marsad.Text.Morphology;
using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Text.Normalization;

namespace Marsad.Events.Actors;

/// <summary>
/// The state a bare definite noun for a kind of state stands for («سيزور المملكة», «رئيس الجمهورية», «أعلنت السلطنة»;
/// actor-nouns.tsv, @realm): the one state the article names whose formal name opens with that noun (countries.tsv:
/// «المملكة العربية السعودية», «جمهورية مصر العربية», «سلطنة عمان») — first among the states the article names in that very
/// form, else among all the states it names by any name or capital. Two such states (an article naming the Saudi and the
/// Jordanian kingdoms) or none leave the noun unresolved, as a reader could not tell either.
/// </summary>
public sealed class RealmState(EntityGazetteer gazetteer)
{
    /// <summary>The actor-nouns.tsv sector of a noun for a kind of state.</summary>
    public const string Sector = "@realm";

    /// <summary>The state the noun with lookup form <paramref name="nounForm"/> («المملكه») stands for among <paramref name="mentions"/>, or null.</summary>
    public KnownEntity? Resolve(string nounForm, IReadOnlyList<EntityMention> mentions)
    {
        var kind = Bare(nounForm);
        if (kind.Length == 0) return null;
        var states = new List<(KnownEntity State, bool InThatForm)>();
        foreach (var mention in mentions)
        {
            if (StateOf(mention) is not { } state || !state.NamesAr.Any(name => OpensWith(name, kind))) continue;
            states.Add((state, OpensWith(mention.Text, kind)));
        }
        return Unique(states.Where(s => s.InThatForm).Select(s => s.State)) ?? Unique(states.Select(s => s.State));
    }

    /// <summary>The state a mention names: a state itself, or a city that acts for one (its capital, «الرياض»).</summary>
    private KnownEntity? StateOf(EntityMention mention)
    {
        if (EntityId.IsUnknown(mention.EntityId) || gazetteer.Find(mention.EntityId) is not { } known) return null;
        if (known.Type is EntityType.GPE && known.Iso is not null) return known;
        return known.ActsFor is { } actsFor && gazetteer.Find(actsFor) is { Iso: not null } state ? state : null;
    }

    private static KnownEntity? Unique(IEnumerable<KnownEntity> states)
    {
        var distinct = states.DistinctBy(s => s.Id).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>Whether a name's first word is the kind noun, with or without its article: «جمهورية مصر العربية» for «الجمهورية».</summary>
    private static bool OpensWith(string name, string kind)
    {
        var key = MatchingKey.Of(name);
        var space = key.IndexOf(' ');
        if (space < 0) return false;
        return Bare(key[..space]) == kind;
    }

    private static string Bare(string key) => CliticSegmenter.WithoutArticle(key, 0);
}
