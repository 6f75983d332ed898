using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Scores a disjunction of two terms alone (a query word: its title and text terms) in document order, as Lucene's
/// <c>DisjunctionSumScorer</c> does for a simple disjunction — the two scores summed in a double (two numbers: the
/// order cannot change the sum), rounded to a float and multiplied by the coordination factor of the number matched —
/// without its heap, and scoring a document only when asked: inside a conjunction («وجميع أولى») most documents a word
/// lands on are passed over by the other word, and Lucene's scorer had already scored them. Same documents, same scores.
/// </summary>
internal sealed class TermPairScorer(Weight weight, Scorer first, Scorer second, float[] coordFactors) : Scorer(weight)
{
    private int _doc = -1;
    private int _firstDoc = -1;
    private int _secondDoc = -1;

    public override int DocID => _doc;

    public override int Freq => (_firstDoc == _doc ? 1 : 0) + (_secondDoc == _doc ? 1 : 0);

    public override int NextDoc()
    {
        if (_firstDoc == _doc) _firstDoc = first.NextDoc();
        if (_secondDoc == _doc) _secondDoc = second.NextDoc();
        return _doc = Math.Min(_firstDoc, _secondDoc);
    }

    public override int Advance(int target)
    {
        if (_firstDoc < target) _firstDoc = first.Advance(target);
        if (_secondDoc < target) _secondDoc = second.Advance(target);
        return _doc = Math.Min(_firstDoc, _secondDoc);
    }

    public override float GetScore()
    {
        double score;
        int matched;
        if (_firstDoc == _doc)
        {
            score = first.GetScore();
            matched = 1;
            if (_secondDoc == _doc)
            {
                score += second.GetScore();
                matched = 2;
            }
        }
        else
        {
            score = second.GetScore();
            matched = 1;
        }
        return (float)score * coordFactors[matched];
    }

    public override long GetCost() => first.GetCost() + second.GetCost();
}
