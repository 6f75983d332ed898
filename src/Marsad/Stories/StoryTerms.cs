using Marsad.Storage;
using System.Data.Common;
using System.Text.Json;

namespace Marsad.Stories;

/// <summary>
/// The story index's terms (<c>story_terms</c>) as one transaction sees them: each term's id, document frequency, kind
/// and name, read once and counted up or down with the articles added or taken out, and the weighted vectors built over
/// them. The caches are valid within one transaction only (<see cref="Prepare"/> empties them for a new one): a
/// rolled-back chunk must not leave ids or counts behind that the database no longer has.
/// </summary>
internal sealed class StoryTerms
{
    private StoreTransaction? _owner;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _df = [];
    private readonly Dictionary<int, TermKind> _kinds = [];
    private readonly Dictionary<int, string> _names = [];
    private DbCommand? _dfQuery;
    private DbCommand? _idQuery;

    /// <summary>Starts reading through <paramref name="transaction"/>, dropping what an earlier one cached.</summary>
    public void Prepare(StoreTransaction transaction)
    {
        if (ReferenceEquals(_owner, transaction)) return;
        _owner = transaction;
        _dfQuery?.Dispose();
        _dfQuery = null;
        _idQuery?.Dispose();
        _idQuery = null;
        _ids.Clear();
        _names.Clear();
        _df.Clear();
        _kinds.Clear();
    }

    /// <summary>The vector of an article's (or a mean's) terms, weighted by the document frequencies as they stand now.</summary>
    public WeightedVector Vector((int Id, float Weight)[] terms, long documents) =>
        new(terms, DocumentFrequency, KindOf, documents, HeadlineWord);

    /// <summary>Term ids for an added article's terms (new terms added), document frequencies counted up; sorted by id.</summary>
    public (int Id, float Weight)[] Count(IReadOnlyDictionary<string, float> terms, StoreTransaction transaction)
    {
        var unknown = terms.Keys.Where(t => !_ids.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
        {
            using (var find = transaction.Command("SELECT id, term, df FROM story_terms WHERE term IN (SELECT value FROM json_each($terms))"))
            {
                StoreTransaction.Set(find, ("$terms", JsonSerializer.Serialize(unknown)));
                using var reader = find.ExecuteReader();
                while (reader.Read()) Cache(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2));
            }
            // New terms are numbered in the order the profile lists them.
            var added = unknown.Where(t => !_ids.ContainsKey(t)).ToList();
            if (added.Count > 0)
            {
                using var insert = transaction.Command("INSERT INTO story_terms (term, df) SELECT value, 0 FROM json_each($terms) RETURNING id, term");
                StoreTransaction.Set(insert, ("$terms", JsonSerializer.Serialize(added)));
                using var reader = insert.ExecuteReader();
                while (reader.Read()) Cache(reader.GetInt32(0), reader.GetString(1), 0);
            }
        }
        var result = new List<(int, float)>(terms.Count);
        foreach (var (term, weight) in terms) result.Add((_ids[term], weight));
        // Counted from the cached count read before this update, so the cache and the table stay equal.
        Read(result.Select(t => t.Item1), transaction);
        foreach (var (id, _) in result) _df[id] += 1;
        transaction.Queue("UPDATE story_terms SET df = df + 1 WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))", ("$ids", JsonIds(result.Select(t => t.Item1))));
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return [.. result];
    }

    /// <summary>Counts a removed article's terms down, in the table and in the cache.</summary>
    public void Uncount(IReadOnlyList<int> termIds, StoreTransaction transaction)
    {
        transaction.Queue("UPDATE story_terms SET df = df - 1 WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))", ("$ids", JsonIds(termIds)));
        foreach (var id in termIds)
            if (_df.TryGetValue(id, out var df)) _df[id] = df - 1;
    }

    /// <summary>Reads into the caches, in one statement, the counts and kinds of those of <paramref name="ids"/> not cached yet.</summary>
    public void Read(IEnumerable<int> ids, StoreTransaction transaction)
    {
        var missing = ids.Where(id => !_df.ContainsKey(id) || !_kinds.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        using (var read = transaction.Command("SELECT id, df, term FROM story_terms WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each($ids))"))
        {
            StoreTransaction.Set(read, ("$ids", JsonIds(missing)));
            using var reader = read.ExecuteReader();
            while (reader.Read()) Cache(reader.GetInt32(0), reader.GetString(2), reader.GetInt32(1));
        }
        foreach (var id in missing)
        {
            _df.TryAdd(id, 0);
            _kinds.TryAdd(id, TermKind.Word);
        }
    }

    private void Cache(int id, string term, int df)
    {
        _ids[term] = id;
        _names[id] = term;
        _df[id] = df;
        _kinds[id] = TermKinds.Of(term);
    }

    private static string JsonIds(IEnumerable<int> ids) => JsonSerializer.Serialize(ids.Distinct().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private int DocumentFrequency(int termId)
    {
        if (!_df.TryGetValue(termId, out var df)) ReadOne(termId);
        return _df[termId];
    }

    private TermKind KindOf(int termId)
    {
        if (!_kinds.TryGetValue(termId, out var kind)) ReadOne(termId);
        return _kinds.GetValueOrDefault(termId);
    }

    private void ReadOne(int termId)
    {
        _dfQuery ??= _owner!.Command("SELECT df, term FROM story_terms WHERE id = $id");
        StoreTransaction.Set(_dfQuery, ("$id", termId));
        using var reader = _dfQuery.ExecuteReader();
        if (reader.Read()) Cache(termId, reader.GetString(1), reader.GetInt32(0));
        else (_df[termId], _kinds[termId]) = (0, TermKind.Word);
    }

    /// <summary>The word term a headline term stands for (<c>^stem</c> → <c>stem</c>: every title word is counted among the words too), or -1.</summary>
    private int HeadlineWord(int termId)
    {
        if (KindOf(termId) != TermKind.Title || !_names.TryGetValue(termId, out var name)) return -1;
        var word = name[1..];
        if (_ids.TryGetValue(word, out var id)) return id;
        _idQuery ??= _owner!.Command("SELECT id, df FROM story_terms WHERE term = $term");
        StoreTransaction.Set(_idQuery, ("$term", word));
        using var reader = _idQuery.ExecuteReader();
        if (!reader.Read()) return -1;
        Cache(reader.GetInt32(0), word, reader.GetInt32(1));
        return reader.GetInt32(0);
    }
}
