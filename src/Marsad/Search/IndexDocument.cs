using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>Makes the Lucene document of one article (fields in <see cref="SearchFields"/>).</summary>
internal static class IndexDocument
{
    /// <summary>Bumped whenever the fields of a document change: an index made with another layout is stale.</summary>
    public const string Layout = "layout-2";

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
        };
        if (group is { } key)
        {
            document.Add(new NumericDocValuesField(SearchFields.DuplicateGroup, key));
            document.Add(new StringField(SearchFields.DuplicateGroup, GroupTerm(key), Field.Store.NO));
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
}
