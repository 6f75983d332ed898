using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>Makes the Lucene document of one article (fields in <see cref="SearchFields"/>).</summary>
internal static class IndexDocument
{
    /// <summary>Bumped whenever the fields of a document change: an index made with another layout is stale.
    /// layout-3: the duplicate group became sorted doc values (global ordinals index the collector's arrays) and every
    /// article carries <see cref="SearchFields.IdOrder"/>. layout-4: the text's postings keep each occurrence's span in
    /// the original text and no term vector is stored (<see cref="HitOccurrences"/>). layout-5: each pair of adjacent
    /// terms of the title and the text is a term of its own field (<see cref="WordPairs"/>), which phrases are narrowed
    /// by (<see cref="PhrasePairs"/>). layout-6: only pairs of two common words are (<see cref="CommonWords"/>; the list's
    /// fingerprint follows the number, so editing it makes the index stale).</summary>
    public static readonly string Layout = "layout-6." + CommonWords.Fingerprint;

    // The text's postings keep positions and original offsets: snippets and highlights are read from the postings of
    // the query's own words at the hits shown, instead of analysing each hit's text again or decoding its whole term
    // vector (every term of the article: 371 KB a query for 20 hits, 72% of the index's bytes at 292,841 articles).
    private static readonly FieldType s_textWithOffsets = TextWithOffsets();

    private static FieldType TextWithOffsets()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    /// <summary>The article's Lucene document; <paramref name="group"/> is its near-duplicate group, null when it has none.
    /// The terms are the costly part: safe to run on many threads at once.</summary>
    public static Document Build(IndexRecord record, long? group)
    {
        IReadOnlyList<SearchTerm> title = record.Title is null ? [] : SearchTerms.Of(record.Title);
        var text = SearchTerms.Of(record.Text);
        var document = new Document
        {
            new StringField(SearchFields.Id, record.Id, Field.Store.YES),
            new TextField(SearchFields.Title, new SearchTermStream(title)),
            WordPairs.Field(SearchFields.Title, title),
            new Field(SearchFields.Text, new SearchTermStream(text), s_textWithOffsets),
            WordPairs.Field(SearchFields.Text, text),
            new NumericDocValuesField(SearchFields.IdOrder, IdOrder(record.Id)),
        };
        if (group is { } key)
        {
            var term = GroupTerm(key);
            document.Add(new SortedDocValuesField(SearchFields.DuplicateGroup, new BytesRef(term)));
            document.Add(new StringField(SearchFields.DuplicateGroup, term, Field.Store.NO));
        }
        if (record.Outlet is { } outlet)
        {
            document.Add(new StringField(SearchFields.Outlet, outlet, Field.Store.NO));
            document.Add(new SortedDocValuesField(SearchFields.Outlet, new BytesRef(outlet)));
        }
        if (record.Published is { } published)
        {
            // The outlet's own calendar day: an article of 4 March 00:30 in Cairo is of the 4th, as the outlet printed it.
            var day = published.Year * 10000 + published.Month * 100 + published.Day;
            document.Add(new Int32Field(SearchFields.Day, day, Field.Store.NO));
            document.Add(new SortedDocValuesField(SearchFields.Day, new BytesRef(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{published.Year:D4}-{published.Month:D2}-{published.Day:D2}"))));
            document.Add(new NumericDocValuesField(SearchFields.Published, published.UtcTicks));
        }
        foreach (var entity in record.Entities)
        {
            document.Add(new StringField(SearchFields.Entity, entity, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.Entity, new BytesRef(entity)));
        }
        foreach (var type in record.EventTypes) document.Add(new StringField(SearchFields.EventType, type, Field.Store.NO));
        foreach (var story in record.Stories) document.Add(new StringField(SearchFields.Story, story, Field.Store.NO));
        return document;
    }

    public static string GroupTerm(long group) => group.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The group key back from its term (the sorted doc value of <see cref="SearchFields.DuplicateGroup"/>).</summary>
    public static long GroupKey(BytesRef term) =>
        long.Parse(term.Utf8ToString(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The article's place among equals: its id's leading 16 hex digits (as <see cref="DuplicateKeys.KeyOf"/>
    /// reads them), compared unsigned, so ties follow the id and not the document number, which moves on every
    /// update and merge.</summary>
    public static long IdOrder(string id) => DuplicateKeys.KeyOf(id);
}
