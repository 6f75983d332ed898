using Marsad.Documents;
using Marsad.Entities;
using Marsad.Storage;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Keeps what the pipeline found about an article in the store, so queries across articles see it (today: entities
/// and their mentions). Saving again replaces what an earlier analysis stored. Same threading rule as the store.
/// </summary>
public sealed class AnalysisStore(MarsadStore store)
{
    private readonly EntityRepository _entities = new(store);

    public void Save(Document document)
    {
        // A pipeline built without the entity step (a caller's own) has nothing of this kind to keep.
        if (document.Has(EntityLayers.Entities) && document.Has(TextLayers.Sentences))
            _entities.SaveArticleEntities(document);
    }
}
