using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// Recognition and linking for one article, in passes over one <see cref="ScanState"/> that each read what the earlier
/// ones found: gazetteer, role and pattern matches (longest first, left to right); names after titles; role phrases
/// resolved to people; short and first names of people already in the article; the statistical tagger for what is
/// left; a place named right after a competition's head word as the competition; roles by apposition to the tagger's names; short names again; the tagger's lone family names and first names; a person named
/// again with fewer links of his lineage joined to his full name; the states named
/// inside organization and role phrases; a capital spelled like another state read by the article's states; embassies
/// to their place. Not thread-safe: one scan per article.
/// </summary>
internal sealed class ArticleScan(EntityGazetteer gazetteer, EntityInput input, IEntityTagger? tagger)
{
    public ArticleEntities Run()
    {
        if (input.Tokens.Count == 0) return ArticleEntities.Empty;
        var state = new ScanState(gazetteer, input, tagger);
        new GazetteerPass(state).Run();
        new TitleNamePass(state).Run();
        new RoleHolderPass(state).Run();
        new LineageNamePass(state).Run();
        new ShortNamePass(state).Run();
        new TaggerPass(state).Run();
        new CompetitionPass(state).Run();
        new EraNisbaPass(state).Run();
        new ClubPass(state).Run();
        new NisbaNamePass(state).Run();
        new RoleAppositionPass(state).Run();
        new ShortNamePass(state).Run();
        new TaggedShortNamePass(state).Run();
        new TaggedFirstNamePass(state).Run();
        new LineageNamePass(state).Run();
        new NestedStatePass(state).Run();
        new ArticleCapitalPass(state).Run();
        new EmbassyPlacePass(state).Run();
        return MentionAssembler.Build(state);
    }
}
