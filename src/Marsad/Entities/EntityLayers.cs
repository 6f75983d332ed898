using Marsad.Documents;

namespace Marsad.Entities;

public static class EntityLayers
{
    public static readonly Layer<ArticleEntities> Entities = new("entities");
}
