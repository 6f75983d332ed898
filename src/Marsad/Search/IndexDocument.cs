using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>Makes the Lucene document of one article (fields in <see cref="SearchFields"/>).</summary>
internal static class IndexDocument
{
    /// <summary>Bumped whenever the fields of a document change: an index made with another layout is stale.
    /// layout-3: the duplicate group became sorted doc values (global ordinals index the collector's arrays) and every
    /// article carries <see cref="SearchFields.IdOrder"/>.</summary>
    public const string Layout = "layout-3";

    // The text keeps a term vector with positions and original offsets: snippets and highlights are read from it
    // at query time instead of analysing each hit's text again.
    private static readonly FieldType s_textWithVectors = TextWithVectors();

    private static FieldType TextWithVectors()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The article's Lucene document; <paramref name="group"/> is its near-duplicate group, null when it has none.
    /// The terms are the costly part: safe to run on many threads at once.</summary>
    public static Document Build(IndexRecord record, long? group)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, record.Id, Field.Store.YES),
            new TextField(SearchFields.Title, new SearchTermStream(record.Title is null ? [] : SearchTerms.Of(record.Title))),
            new Field(SearchFields.Text, new SearchTermStream(SearchTerms.Of(record.Text)), s_textWithVectors),
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
