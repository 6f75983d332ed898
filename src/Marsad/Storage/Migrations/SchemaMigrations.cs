using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Events;
using Marsad.Stories;
using Marsad.Search;
using Marsad.Ingest.Web;

namespace Marsad.Storage.Migrations;

/// <summary>
/// Every migration in the order it is applied. The core's live in this folder; an analysis step's lives in the step's
/// own folder (<c>Entities/M002_Entities.cs</c>). Adding one: write <c>M00N_Name.cs</c> and add its line here.
/// Never edit or reorder a migration that has shipped: databases already carry it.
/// </summary>
public static class SchemaMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        M001_Articles.Migration,
        M002_Entities.Migration,
        M003_Analyses.Migration,
        M004_Quotes.Migration,
        M005_Events.Migration,
        M006_Stories.Migration,
        M007_Search.Migration,
        M008_IngestFlags.Migration,
        M009_AnalysisQueue.Migration,
        M010_FeedItems.Migration,
        M011_NewestFirst.Migration,
        M012_EventTypeDays.Migration,
        M013_StoryDayArticles.Migration,
        M014_KeyListEstimate.Migration,
        M015_EventsNewestFirst.Migration,
        M016_SearchPending.Migration,
        M017_StoryClusterLinks.Migration,
        M018_StoryAssignmentDays.Migration,
    ];
}
