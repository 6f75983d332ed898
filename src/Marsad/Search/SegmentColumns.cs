using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Marsad.Search;

/// <summary>
/// What <see cref="HitCollector"/> reads of every matching article, for one segment, decoded once per index reader into
/// plain arrays by document: the global ordinals (<see cref="FacetOrdinals"/>) of its outlet, day and entities, the
/// slot of its near-duplicate group (-1: none), its <see cref="SearchFields.IdOrder"/> and its publication ticks. Doc values are
/// packed on disk and each read decodes bits through a memory-mapped buffer; a query matching 5,000 articles read them
/// 30,000 times, a third of its CPU. This is Lucene's field cache done for these fields: built when a reader is first
/// searched (a refresh makes a new reader; segments it shares are decoded again, since global ordinals change with the
/// reader), shared by every query on it; about 30 bytes per article plus 4 per entity mention.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<IndexReader, SegmentColumns[]> s_cache = [];

    private SegmentColumns(int maxDoc)
    {
        Outlet = new int[maxDoc];
        Day = new int[maxDoc];
        Group = new int[maxDoc];
        IdOrder = new long[maxDoc];
        Published = new long[maxDoc];
        EntityStart = new int[maxDoc + 1];
    }

    /// <summary>Global outlet ordinal by document (-1: none).</summary>
    public int[] Outlet { get; }

    public int[] Day { get; }

    /// <summary>Slot of the document's near-duplicate group (-1: the article stands alone): groups numbered in the order
    /// of their first document in the reader, not by their key's ordinal. The collector counts into arrays by slot,
    /// and a key (the smallest id of the group, a hash) scatters its ordinals at random over the documents: a query
    /// matching most of a 300k index hit its group arrays (~800 KB) at random, and the cache misses were most of the
    /// collector's time. Numbered in document order, the matches of a pass walk the arrays forward.</summary>
    public int[] Group { get; }

    public long[] IdOrder { get; }

    /// <summary>UTC ticks (0: undated), as the numeric doc values read.</summary>
    public long[] Published { get; }

    /// <summary>Document d's entities are <see cref="Entities"/>[EntityStart[d]..EntityStart[d + 1]], in ordinal order.</summary>
    public int[] EntityStart { get; }

    public int[] Entities { get; private set; } = [];

    /// <summary>The columns of every segment of <paramref name="reader"/>, by the segment's ordinal among its leaves.</summary>
    public static SegmentColumns[] For(IndexReader reader) => s_cache.GetValue(reader, Build);

    private static SegmentColumns[] Build(IndexReader reader)
    {
        var outlets = FacetOrdinals.For(reader, SearchFields.Outlet, multiValued: false);
        var days = FacetOrdinals.For(reader, SearchFields.Day, multiValued: false);
        var entities = FacetOrdinals.For(reader, SearchFields.Entity, multiValued: true);
        var groups = FacetOrdinals.For(reader, SearchFields.DuplicateGroup, multiValued: false);
        var leaves = reader.Leaves;
        var result = new SegmentColumns[leaves.Count];
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var leaf = leaves[segment].AtomicReader;
            var columns = result[segment] = new SegmentColumns(leaf.MaxDoc);
            Ordinals(leaf.GetSortedDocValues(SearchFields.Outlet), outlets.SegmentToGlobal[segment], columns.Outlet);
            Ordinals(leaf.GetSortedDocValues(SearchFields.Day), days.SegmentToGlobal[segment], columns.Day);
            Ordinals(leaf.GetSortedDocValues(SearchFields.DuplicateGroup), groups.SegmentToGlobal[segment], columns.Group);
            Numbers(leaf.GetNumericDocValues(SearchFields.IdOrder), columns.IdOrder);
            Numbers(leaf.GetNumericDocValues(SearchFields.Published), columns.Published);
            columns.Entities = EntityOrdinals(leaf.GetSortedSetDocValues(SearchFields.Entity), entities.SegmentToGlobal[segment], columns.EntityStart);
        }
        GroupSlotsInDocumentOrder(result, groups.Count);
        return result;
    }

    /// <summary>Renumbers the group ordinals of every segment (in leaf order, then document order) by first appearance;
    /// slots stay below the ordinals' count.</summary>
    private static void GroupSlotsInDocumentOrder(SegmentColumns[] segments, int groupCount)
    {
        var slotOf = new int[groupCount];
        Array.Fill(slotOf, -1);
        var next = 0;
        foreach (var columns in segments)
            for (var doc = 0; doc < columns.Group.Length; doc++)
                if (columns.Group[doc] is var ordinal and >= 0)
                    columns.Group[doc] = slotOf[ordinal] >= 0 ? slotOf[ordinal] : slotOf[ordinal] = next++;
    }

    private static void Ordinals(SortedDocValues? values, int[] toGlobal, int[] into)
    {
        for (var doc = 0; doc < into.Length; doc++)
            into[doc] = values?.GetOrd(doc) is { } ord and >= 0 ? toGlobal[ord] : -1;
    }

    private static void Numbers(NumericDocValues? values, long[] into)
    {
        if (values is null) return;
        for (var doc = 0; doc < into.Length; doc++) into[doc] = values.Get(doc);
    }

    private static int[] EntityOrdinals(SortedSetDocValues? values, int[] toGlobal, int[] start)
    {
        if (values is null) return [];
        var ords = new List<int>();
        for (var doc = 0; doc < start.Length - 1; doc++)
        {
            start[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add(toGlobal[ord]);
        }
        start[^1] = ords.Count;
        return [.. ords];
    }
}
