using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// An embassy named without its place joins the one embassy of that state the article placed.
/// </summary>
internal sealed class EmbassyPlacePass(ScanState s)
{
    /// <summary>«السفارة الإيرانية» after «السفارة التركية لدى بغداد» in one article is the same embassy.</summary>
    public void Run()
    {
        var placed = s.Drafts.Where(d => d.Rule == EntityRules.Embassy && d.EntityId.Contains("-in-", StringComparison.Ordinal))
            .Select(d => d.EntityId).Distinct().ToList();
        foreach (var d in s.Drafts.Where(d => d.Rule == EntityRules.Embassy && !d.EntityId.Contains("-in-", StringComparison.Ordinal)))
        {
            var same = placed.Where(id => id.StartsWith(d.EntityId + "-in-", StringComparison.Ordinal)).ToList();
            if (same.Count == 1) d.EntityId = same[0];
        }
    }
}
