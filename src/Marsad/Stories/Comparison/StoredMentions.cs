using Marsad.Documents;
using Marsad.Storage;

namespace Marsad.Stories.Comparison;

/// <summary>
/// Where the entities step found mentions in an article (table <c>entity_mentions</c>: <c>span_start</c>,
/// <c>span_end</c>), so that claim alignment can tell what a clause says from whom it names. The entities step is
/// optional: in a store whose pipeline never had it there is no table and no mentions.
/// </summary>
internal sealed class StoredMentions
{
    private readonly bool _present;

    private StoredMentions(bool present) => _present = present;

    public static StoredMentions Open(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('entity_mentions')";
        return new StoredMentions(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>The article's mentions in text order: where each is and the entity it names.</summary>
    public IReadOnlyList<(TextSpan Span, string EntityId)> Read(MarsadStore store, string articleId)
    {
        if (!_present) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT span_start, span_end, entity_id FROM entity_mentions WHERE article_id = $id ORDER BY span_start, span_end, entity_id";
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var mentions = new List<(TextSpan, string)>();
        while (reader.Read()) mentions.Add((new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), reader.GetString(2)));
        return mentions;
    }
}
