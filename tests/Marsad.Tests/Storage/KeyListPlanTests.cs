using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Storage;

/// <summary>
/// On PostgreSQL a short key list (<c>IN (SELECT value FROM json_each($ids))</c>, how every step reads or updates the rows
/// of one article or chunk) is read by probing the table's index, not by scanning the table: the story index updates
/// hundreds of <c>story_terms</c> rows per article, and a scan would make each article cost in proportion to the
/// vocabulary stored (M014).
/// </summary>
public sealed class KeyListPlanTests
{
    [Fact]
    public void AKeyListOverAVocabularyOfFiftyThousandTermsProbesTheIndex()
    {
        using var target = TestStore.Create(StoreKind.PostgreSql);
        using var store = target.Open();
        using (var transaction = store.BeginTransaction())
        {
            using var fill = transaction.Command("INSERT INTO story_terms (term, df) SELECT 'كلمة' || g, 1 FROM generate_series(1, 50000) g");
            fill.ExecuteNonQuery();
            using var analyze = transaction.Command("ANALYZE story_terms");
            analyze.ExecuteNonQuery();
            transaction.Commit();
        }
        var ids = "[" + string.Join(",", Enumerable.Range(1, 300).Select(i => i * 150)) + "]";

        using var read = store.BeginTransaction();
        using var explain = read.Command("EXPLAIN UPDATE story_terms SET df = df + 1 WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))");
        explain.Parameters.AddWithValue("$ids", ids);
        var plan = new List<string>();
        using (var reader = explain.ExecuteReader())
            while (reader.Read()) plan.Add(reader.GetString(0));

        Assert.Contains(plan, line => line.Contains("Index Scan using story_terms_pkey", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on story_terms", StringComparison.Ordinal));
    }
}
