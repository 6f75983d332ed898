using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>The document a disjunction's bulk scorer (<see cref="BucketDisjunction"/>, <see cref="TermDisjunction"/>)
/// is handing on, its score and how many clauses matched, for the collector to read.</summary>
internal sealed class HandedOnHit(Weight weight) : Scorer(weight)
{
    public int Doc = -1;
    public float Value;
    public int Matched;

    public override int DocID => Doc;
    public override int Freq => Matched;
    public override float GetScore() => Value;
    public override int NextDoc() => throw new NotSupportedException();
    public override int Advance(int target) => throw new NotSupportedException();
    public override long GetCost() => 1;
}
