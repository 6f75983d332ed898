using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Marsad.Documents;

namespace Marsad.Search;

/// <summary>
/// Where the query's words stand in the texts of the hits shown, read from the postings of those words alone (the text
/// field keeps each occurrence's position and its span in the original text: <see cref="IndexDocument.Layout"/>
/// layout-4). Each word's postings are read once per segment, advanced through the hits in document order, so the
/// cost follows the query's words and the hits shown, not the length of the articles (a term vector holds every term of
/// an article and was decoded whole per hit). The same occurrences a term vector gave, handed to
/// <see cref="SnippetBuilder.Find"/>. A segment whose text keeps no offsets (an index of an older layout, reported
/// stale until <c>marsad reindex</c>) gives its hits none: they show their opening, unhighlighted.
/// </summary>
internal static class HitOccurrences
{
    /// <summary>For each of <paramref name="docs"/> (document numbers in the whole index, in any order), its words.</summary>
    public static SnippetBuilder.Words[] Read(IndexReader reader, IReadOnlyList<int> docs, HighlightTerms query)
    {
        var result = new SnippetBuilder.Words[docs.Count];
        for (var i = 0; i < docs.Count; i++) result[i] = new SnippetBuilder.Words();
        if (docs.Count == 0 || query.IsEmpty) return result;
        var words = query.Terms.Concat(query.Phrases.SelectMany(p => p)).Distinct(StringComparer.Ordinal).ToList();
        // Hit indexes in document order: each segment's hits are a run of them.
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        foreach (var leaf in reader.Leaves)
        {
            var first = Array.FindIndex(order, i => docs[i] >= leaf.DocBase);
            if (first < 0) break;
            var end = first;
            while (end < order.Length && docs[order[end]] < leaf.DocBase + leaf.AtomicReader.MaxDoc) end++;
            if (end == first) continue;
            var hits = order[first..end];
            if (leaf.AtomicReader.FieldInfos.FieldInfo(SearchFields.Text) is not { IndexOptions: IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS }
                || leaf.AtomicReader.GetTerms(SearchFields.Text) is not { } terms)
                continue;
            var enumerator = terms.GetEnumerator();
            DocsAndPositionsEnum? reuse = null;
            foreach (var word in words)
                if (enumerator.SeekExact(new BytesRef(word)))
                    reuse = Positions(enumerator, reuse, hits, docs, leaf.DocBase, (hit, occurrence) => result[hit].Of(word).Add(occurrence));
            foreach (var prefix in query.Prefixes)
            {
                if (enumerator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) continue;
                do
                {
                    if (!enumerator.Term.Utf8ToString().StartsWith(prefix, StringComparison.Ordinal)) break;
                    reuse = Positions(enumerator, reuse, hits, docs, leaf.DocBase,
                        (hit, occurrence) => result[hit].Prefixed.Add(new SnippetBuilder.Occurrence(occurrence.Position, occurrence.Span, prefix)));
                }
                while (enumerator.MoveNext());
            }
        }
        return result;
    }

    /// <summary>The current term's occurrences in each hit of the segment (hits in document order).</summary>
    private static DocsAndPositionsEnum? Positions(TermsEnum term, DocsAndPositionsEnum? reuse, int[] hits, IReadOnlyList<int> docs, int docBase,
        Action<int, SnippetBuilder.Occurrence> add)
    {
        var postings = term.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
        if (postings is null) return reuse;
        foreach (var hit in hits)
        {
            var doc = docs[hit] - docBase;
            if (postings.DocID < doc && postings.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
            if (postings.DocID != doc) continue;
            for (var i = 0; i < postings.Freq; i++)
            {
                var position = postings.NextPosition();
                add(hit, new SnippetBuilder.Occurrence(position, new TextSpan(postings.StartOffset, postings.EndOffset), ""));
            }
        }
        return postings;
    }
}
