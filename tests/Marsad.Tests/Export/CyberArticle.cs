using Marsad.Documents;
using Marsad.Events;
using Marsad.Events.Incidents;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Export;

/// <summary>
/// A short news article written for these tests (invented: no such attack or expulsion happened): one state accuses
/// another of a cyberattack, expels its diplomats in response, the accused denies, a third state condemns.
/// </summary>
public static class CyberArticle
{
    public const string Title = "الدنمارك تستدعي السفير الروسي بعد هجوم إلكتروني على وزارة الخارجية";

    public const string Outlet = "وكالة الشمال";

    public const string Text = """
        كوبنهاغن (وكالة الشمال) - اتهمت الحكومة الدنماركية روسيا يوم الاثنين 17 مارس 2025 بشن هجوم إلكتروني على الدنمارك أدى إلى تسريب مراسلات دبلوماسية وتعطيل البريد الإلكتروني للسفارات لعدة أيام.
        وقال وزير الخارجية الدنماركي لارس لوكه راسموسن إن "التحقيق أثبت أن مجموعة مرتبطة بالاستخبارات الروسية تقف وراء الهجوم".
        وردا على الهجوم الإلكتروني، طردت الدنمارك دبلوماسيين روسيين اثنين واستدعت السفير الروسي في كوبنهاغن.
        ونفت السفارة الروسية في بيان أي علاقة لموسكو بالهجوم، ووصفت الاتهامات بأنها "لا أساس لها".
        من جهتها، أدانت السويد الهجوم الإلكتروني على الدنمارك وعرضت تقديم المساعدة التقنية.

        """;

    /// <summary>Writes the article and its sidecar into <paramref name="folder"/>; returns the folder to ingest.</summary>
    public static string WriteTo(TempFolder folder)
    {
        folder.Write("in/copenhagen.txt", Text);
        folder.Write("in/copenhagen.meta.json", $$"""
            {"outlet": "{{Outlet}}", "url": "https://alshamal.example/2025/03/18/denmark-cyber", "published": "2025-03-18T10:00:00+01:00", "title": "{{Title}}"}
            """);
        return folder.File("in");
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="words"/>.</summary>
    public static TextSpan Span(string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++) at = Text.IndexOf(words, at + 1, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{words}' is not in the article.");
        return new TextSpan(at, at + words.Length);
    }

    /// <summary>The line (sentence) holding <paramref name="span"/>, without its line break.</summary>
    public static TextSpan Sentence(TextSpan span)
    {
        var start = Text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var end = Text.IndexOf('\n', span.End);
        return new TextSpan(start, end);
    }

    /// <summary>
    /// Ingests the article into <paramref name="data"/> and stores, by hand, the events and the incident an analyst codes
    /// in it (what the exporters are tested on, whatever the events step finds today). Returns the article id.
    /// </summary>
    public static string StoreHandCoded(TempFolder folder, string data)
    {
        var ingest = CliRunner.Run("ingest", WriteTo(folder), "--data", data);
        if (ingest.ExitCode != 0) throw new InvalidOperationException($"ingest failed: {ingest.Stderr}");
        using var store = MarsadStore.Open(data);
        using var first = store.Connection.CreateCommand();
        first.CommandText = "SELECT id FROM articles";
        var article = new ArticleRepository(store, TimeProvider.System).Get((string)first.ExecuteScalar()!)!;
        var (events, incident) = HandCoded();
        using var transaction = store.BeginTransaction();
        new EventRepository(store).Save(article, events, [incident], transaction);
        transaction.Commit();
        return article.Id;
    }

    public static EventActor Actor(string? entity, string words, string? country, string? sector, int occurrence = 0) =>
        new(entity, words, Span(words, occurrence), country, sector);

    public static (Event[] Events, CyberIncident Incident) HandCoded()
    {
        var government = Actor(null, "الحكومة الدنماركية", "DNK", "GOV");
        var russia = Actor("gpe:russia", "روسيا", "RUS", "GOV");
        // «الدنمارك» 0 is inside «الدنماركية»; 1 the target «على الدنمارك»; 3 the subject of «طردت الدنمارك».
        var denmark = Actor("gpe:denmark", "الدنمارك", "DNK", "GOV", 1);
        Event Coded(string id, PloverType type, string mode, string cameo, string[] contexts, EventModality modality, EventActor source, EventActor target,
            string? date, string trigger, int occurrence = 0) =>
            new(id, type, mode, cameo, contexts, modality, null, source, target, null, date,
                [new EventMention(trigger, Span(trigger, occurrence), Sentence(Span(trigger, occurrence)))]);
        var accusation = Coded("e1", PloverType.ACCUSE, "allege", "112", ["cyber"], EventModality.Asserted, government, russia, "2025-03-17", "اتهمت");
        var attack = Coded("e2", PloverType.COERCE, "cyber", "172", ["cyber"], EventModality.Alleged, russia, denmark, "2025-03-17", "هجوم إلكتروني");
        var expulsion = Coded("e3", PloverType.SANCTION, "expel", "166", ["diplomatic"], EventModality.Asserted,
            Actor("gpe:denmark", "الدنمارك", "DNK", "GOV", 3), Actor(null, "دبلوماسيين روسيين", "RUS", "DIP"), null, "طردت");
        var incident = new CyberIncident("i1", "e2", denmark, russia, "2025-03-17",
            [new IncidentImpact("تسريب مراسلات دبلوماسية", Span("تسريب مراسلات دبلوماسية"))],
            [new IncidentAttribution(government, EventModality.Alleged)], ["e3"]);
        return ([accusation, attack, expulsion], incident);
    }
}
