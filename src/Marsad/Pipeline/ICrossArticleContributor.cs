using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>
/// A step whose fields in the article object of <c>marsad analyze --json</c> depend on other stored articles (its
/// duplicates, its event cluster and story), so they are read from the store when the article is written, fresh or
/// stored, and never kept with the analysis (they change as articles arrive). <paramref name="store"/> is null when the
/// article is written without a store: the step then writes its fields empty (null), so the contract's shape holds.
/// </summary>
public interface ICrossArticleContributor
{
    void WriteCrossArticleJson(string articleId, MarsadStore? store, Utf8JsonWriter writer);
}
