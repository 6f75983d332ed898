using Marsad.Documents;
using Marsad.Events;
using Marsad.Storage;
using Marsad.Storage.Migrations;
using Marsad.Tests.Support;

namespace Marsad.Tests.Events;

/// <summary>M015 on a SQLite store whose events were saved before the events carried their article's date.</summary>
public sealed class EventSortKeyMigrationTests
{
    private const string Mentions = """[{"text":"هجوم","start":10,"end":14,"sentence_start":0,"sentence_end":20}]""";

    [Fact]
    public void EventsStoredBeforeTheSortKeyExistedTakeTheirArticlesDateAndListNewestFirst()
    {
        using var folder = new TempFolder();
        var clock = TimeProvider.System;
        var older = new Article
        {
            Id = ArticleIdentity.Of("أعلنت الهيئة الوطنية للأمن السيبراني تعرض وزارة المالية لهجوم إلكتروني."),
            Text = "أعلنت الهيئة الوطنية للأمن السيبراني تعرض وزارة المالية لهجوم إلكتروني.",
            Published = DateTimeOffset.Parse("2024-03-10T09:00:00Z"),
        };
        var newer = new Article
        {
            Id = ArticleIdentity.Of("قالت شركة الاتصالات إن هجوما إلكترونيا استهدف شبكتها في جدة."),
            Text = "قالت شركة الاتصالات إن هجوما إلكترونيا استهدف شبكتها في جدة.",
            Published = DateTimeOffset.Parse("2024-03-11T09:00:00Z"),
        };
        var undated = new Article { Id = ArticleIdentity.Of("اتهمت الشركة مجموعة من القراصنة بسرقة بيانات عملائها."), Text = "اتهمت الشركة مجموعة من القراصنة بسرقة بيانات عملائها." };
        using (var before = MarsadStore.Open(folder.Path, SchemaMigrations.All.Where(m => m.Version < 15).ToList(), clock))
        {
            foreach (var article in new[] { undated, older, newer })
            {
                // Stored as a Marsad of schema 14 stored articles: today's repository also writes tables added later.
                using (var write = before.Connection.CreateCommand())
                {
                    write.CommandText = "INSERT INTO articles (id, published, published_utc, text, ingested_at) VALUES ($id, $published, $utc, $text, '2024-03-12T00:00:00Z')";
                    write.Parameters.AddWithValue("$id", article.Id);
                    write.Parameters.AddWithValue("$published", (object?)article.Published?.ToString("o") ?? DBNull.Value);
                    write.Parameters.AddWithValue("$utc", article.Published is { } published ? ArticleRepository.SortableUtc(published) : DBNull.Value);
                    write.Parameters.AddWithValue("$text", article.Text);
                    write.ExecuteNonQuery();
                }
                using var insert = before.Connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO events (article_id, id, type, contexts, modality, trigger_text, trigger_start, trigger_end,
                        sentence_start, sentence_end, mention_count, mentions_json)
                    VALUES ($article, 'ev1', 'COERCE', '', 'asserted', 'هجوم', 10, 14, 0, 20, 1, $mentions)
                    """;
                StoreTransaction.Set(insert, ("$article", article.Id), ("$mentions", Mentions));
                insert.ExecuteNonQuery();
            }
        }

        using var store = MarsadStore.Open(folder.Path, clock);
        using var keys = store.Connection.CreateCommand();
        keys.CommandText = "SELECT article_id, published_key FROM events ORDER BY published_key DESC";
        using var reader = keys.ExecuteReader();
        var stored = new List<(string, string)>();
        while (reader.Read()) stored.Add((reader.GetString(0), reader.GetString(1)));

        Assert.Equal([(newer.Id, "2024-03-11T09:00:00.0000000Z"), (older.Id, "2024-03-10T09:00:00.0000000Z"), (undated.Id, "")], stored);
        Assert.Equal([newer.Id, older.Id, undated.Id], new EventRepository(store).List(new EventQuery()).Select(e => e.ArticleId));
    }
}
