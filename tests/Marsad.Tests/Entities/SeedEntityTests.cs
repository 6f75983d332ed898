using System.Text.Json;
using Marsad.Entities;
using Marsad.Tests.Support;

namespace Marsad.Tests.Entities;

/// <summary>
/// Acceptance on the two seed articles against the analyst's gold (../shared/gold/seeds.gold.json): every gold entity
/// is found, all its surfaces link to ONE entity, and that entity has the gold type. A surface counts as found when a
/// mention of that entity overlaps one of its word-bounded occurrences (so وتيرانا is found through its تيرانا).
/// Precision (entities found that the gold lists / all entities found) is printed, not asserted.
/// </summary>
public sealed class SeedEntityTests
{
    public static TheoryData<int> Seeds => [0, 1];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryGoldEntityIsFoundAndLinkedToOneEntityOfItsType(int seed)
    {
        var text = File.ReadAllText(SharedData.Seed(seed));
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.RequireFile("gold/seeds.gold.json")));
        var article = gold.RootElement.GetProperty("articles")[seed];
        var anchor = DateTimeOffset.Parse(article.GetProperty("anchor_for_tests").GetString()! + "T12:00:00Z");
        var found = EntityTestPipeline.Analyze(text, anchor, id: $"seed-{seed}");

        var failures = new List<string>();
        var matchedIds = new HashSet<string>();
        foreach (var entity in article.GetProperty("entities").EnumerateArray())
        {
            var canonical = entity.GetProperty("canonical").GetString()!;
            var type = Enum.Parse<EntityType>(entity.GetProperty("type").GetString()!);
            HashSet<string>? common = null;
            foreach (var surface in entity.GetProperty("surfaces").EnumerateArray().Select(s => s.GetString()!))
            {
                var ids = Occurrences(text, surface)
                    .SelectMany(o => found.Mentions.Where(m => m.Span.Overlaps(o)))
                    .Select(m => found.Find(m.EntityId)!)
                    .Where(e => e.Type == type)
                    .Select(e => e.Id)
                    .ToHashSet();
                if (ids.Count == 0)
                {
                    failures.Add($"{canonical} ({type}): surface «{surface}» not found as {type}" +
                                 (Occurrences(text, surface).Any() ? "" : " (surface does not occur word-bounded)"));
                    continue;
                }
                common = common is null ? ids : [.. common.Intersect(ids)];
            }
            if (common is { Count: 0 })
                failures.Add($"{canonical} ({type}): surfaces link to different entities, none shared by all");
            else if (common is not null) matchedIds.UnionWith(common);
        }

        var extra = found.Entities.Where(e => !matchedIds.Contains(e.Id)).ToList();
        var precision = found.Entities.Count == 0 ? 0 : (double)(found.Entities.Count - extra.Count) / found.Entities.Count;
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"seed {seed}: {found.Entities.Count} entities found, {extra.Count} not in gold, precision {precision:0.000}");
        foreach (var e in extra) output?.WriteLine($"  not in gold: {e.Id} {e.Type} «{string.Join(" | ", e.Mentions.Select(m => m.Text).Distinct())}»");

        Assert.True(failures.Count == 0, $"Seed {seed}: {failures.Count} gold entities missed or split:\n" + string.Join("\n", failures));
    }

    private static IEnumerable<Marsad.Documents.TextSpan> Occurrences(string text, string surface)
    {
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            var end = at + surface.Length;
            // Up to two attached proclitics may precede: the gold lists «السعودية» for «والسعودية».
            var wordStart = at;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            var before = at - wordStart <= 2 && text[wordStart..at].All(c => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك');
            var after = end == text.Length || !char.IsLetter(text[end]);
            if (before && after) yield return new Marsad.Documents.TextSpan(at, end);
        }
    }
}
