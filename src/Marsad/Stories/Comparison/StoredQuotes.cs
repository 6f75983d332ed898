using Marsad.Storage;

namespace Marsad.Stories.Comparison;

/// <summary>
/// The speakers the quotes step stored for an article (table <c>quotes</c> of M004: <c>speaker_entity_id</c>), and what
/// they are quoted saying (<c>text</c>, for the story index's quote terms). The
/// quotes step is optional: in a store whose pipeline never had it there is no table and nobody is quoted.
/// </summary>
internal sealed class StoredQuotes
{
    private readonly string? _sql;

    private StoredQuotes(string? sql) => _sql = sql;

    public static StoredQuotes Open(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('quotes')";
        var columns = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add(reader.GetString(0));
        return new StoredQuotes(columns.Count == 0 ? null
            : "SELECT DISTINCT speaker_entity_id FROM quotes WHERE article_id = $id AND speaker_entity_id IS NOT NULL ORDER BY 1");
    }

    /// <summary>What named speakers are quoted saying in an article (speaker entity id, quoted text), for the story index.</summary>
    public IReadOnlyList<(string Speaker, string Text)> Said(string articleId, StoreTransaction transaction)
    {
        if (_sql is null) return [];
        using var command = transaction.Command(
            "SELECT speaker_entity_id, text FROM quotes WHERE article_id = $id AND speaker_entity_id IS NOT NULL ORDER BY span_start");
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var said = new List<(string, string)>();
        while (reader.Read()) said.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetString(1)));
        return said;
    }

    /// <summary>
    /// The speakers of an article the entities step linked to no entity, as written («مصادر مشاركة», «مسؤول», «دبلوماسيون»,
    /// «وزير الصحة الجزائري»): unnamed and anonymous sources, and titles without a name, in text order, each once.
    /// </summary>
    public IReadOnlyList<string> UnnamedSpeakers(MarsadStore store, string articleId)
    {
        if (_sql is null) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT speaker_text FROM quotes WHERE article_id = $id AND speaker_entity_id IS NULL AND speaker_text IS NOT NULL ORDER BY span_start";
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var speakers = new List<string>();
        while (reader.Read())
        {
            var text = reader.GetString(0).Trim();
            if (text.Length > 0 && !speakers.Contains(text, StringComparer.Ordinal)) speakers.Add(text);
        }
        return speakers;
    }

    public IReadOnlyList<string> Speakers(MarsadStore store, string articleId)
    {
        if (_sql is null) return [];
        using var command = store.Connection.CreateCommand();
        command.CommandText = _sql;
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var speakers = new List<string>();
        while (reader.Read()) speakers.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return speakers;
    }
}
