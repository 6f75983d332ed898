using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

/// <summary>A small index in memory, written with <see cref="MarsadAnalyzer"/> and committed, for tests of query shapes.</summary>
internal static class InMemoryIndex
{
    public static DirectoryReader Open(RAMDirectory directory, IEnumerable<Document> documents)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer())))
        {
            foreach (var document in documents) writer.AddDocument(document);
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>An article of text alone as the index holds it (<see cref="IndexDocument"/>: terms, pairs, columns).</summary>
    public static Document Article(string id, string text) => IndexDocument.Build(new IndexRecord(id, null, null, text, null, [], [], []), null);
}
