namespace Marsad.Search;

/// <summary>
/// The scores of one window of <see cref="Size"/> documents that <see cref="BucketDisjunction"/> sums clause by
/// clause: for each slot (a document's number modulo the size) the document it holds, its summed score, which
/// clauses matched (bit 1: a prohibited one) and how many, and the next slot filled in this window (a list from
/// <see cref="First"/>, the last slot filled first). Arrays of numbers instead of Lucene's 2,048 bucket objects, and
/// kept per thread (<see cref="Rent"/>, <see cref="Return"/>): a search takes one per disjunction it scores out of
/// order and gives it back when the disjunction is done, so a thread's searches allocate no table after its first.
/// </summary>
internal sealed class BucketTable
{
    /// <summary>Documents a window holds: Lucene's table size, so windows end where Lucene's do.</summary>
    public const int Size = 1 << 11;
    public const int Mask = Size - 1;

    /// <summary>The end of a slot list.</summary>
    public const int None = -1;

    // Enough for an OR of several words (a table for each word and one over them) on one thread.
    private const int KeptPerThread = 8;

    [ThreadStatic] private static Stack<BucketTable>? t_free;

    public readonly int[] Doc = new int[Size];
    public readonly double[] Score = new double[Size];
    public readonly int[] Bits = new int[Size];
    public readonly int[] Coord = new int[Size];
    public readonly int[] Next = new int[Size];
    public int First = None;

    private BucketTable() { }

    /// <summary>A table of this thread's, or a new one, with no slot holding a document.</summary>
    public static BucketTable Rent()
    {
        var table = t_free is { Count: > 0 } free ? free.Pop() : new BucketTable();
        Array.Fill(table.Doc, -1);
        table.First = None;
        return table;
    }

    /// <summary>Keeps <paramref name="table"/> for this thread's next search (up to <see cref="KeptPerThread"/>).</summary>
    public static void Return(BucketTable table)
    {
        var free = t_free ??= new Stack<BucketTable>(KeptPerThread);
        if (free.Count < KeptPerThread) free.Push(table);
    }
}
