using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Tests.Search;

/// <summary>A segment's filter sets are bounded and, when full, the least recently used go first: a set searches keep
/// using (an outlet, a frequent word's) survives a stream of one-off date ranges, which clearing everything dropped.</summary>
public sealed class FilterSetEvictionTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public FilterSetEvictionTests()
    {
        _reader = InMemoryIndex.Open(_directory, [InMemoryIndex.Article("a0", "افتتح الوزير المعرض"), InMemoryIndex.Article("a1", "زار الأمير المدينة")]);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void ASetUsedAgainAndAgainSurvivesThreeHundredOneOffFiltersWhereOneUsedOnceIsRebuilt()
    {
        var leaf = _reader.Leaves[0];
        var reused = new TermQuery(new Term(SearchFields.Id, "a0"));
        var once = new TermQuery(new Term(SearchFields.Id, "a1"));
        var reusedSet = Cached(leaf, reused);
        var onceSet = Cached(leaf, once);
        for (var i = 0; i < 300; i++)
        {
            Cached(leaf, new TermQuery(new Term(SearchFields.Id, $"one-off-{i}")));
            if (i % 10 == 0) Assert.Same(reusedSet, Cached(leaf, reused));
        }

        Assert.Same(reusedSet, Cached(leaf, reused));
        Assert.NotSame(onceSet, Cached(leaf, once));
    }

    [Fact]
    public void AFullSegmentDropsItsLeastRecentlyUsedQuarter()
    {
        var sets = new SegmentFilterSets(capacity: 4);
        var queries = Enumerable.Range(0, 5).Select(i => (Query)new TermQuery(new Term(SearchFields.Id, $"q{i}"))).ToArray();
        var built = new List<string>();
        FixedBitSet Build(Query q)
        {
            built.Add(((TermQuery)q).Term.Text);
            return new FixedBitSet(1);
        }
        foreach (var q in queries[..4]) sets.Get(q, Build);
        sets.Get(queries[0], Build);
        sets.Get(queries[4], Build);
        sets.Get(queries[0], Build);
        sets.Get(queries[1], Build);

        Assert.Equal(["q0", "q1", "q2", "q3", "q4", "q1"], built);
        Assert.Equal(4, sets.Count);
        Assert.Equal((2L, 6L), (sets.Reused, sets.Built));
    }

    // The segment's kept set, as FilterBits.For gets it for a search (which reads it as it is or copies it).
    private static FixedBitSet Cached(AtomicReaderContext leaf, Query filter) => FilterBits.Cached(leaf, filter);
}
