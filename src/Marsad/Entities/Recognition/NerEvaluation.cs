namespace Marsad.Entities.Recognition;

/// <summary>
/// CoNLL-style exact-span scoring: a predicted entity counts only when its start, end and type all match a gold one.
/// Spans are read from BIO as conlleval reads them: an I-X that does not continue an X span opens a new one.
/// </summary>
public static class NerEvaluation
{
    public static IReadOnlyList<EntitySpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var (prefix, tagType) = Split(tag);
            var continues = prefix == 'I' && type == tagType;
            if (type is not null && !continues)
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }
            if (prefix is 'B' or 'I' && !continues)
            {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }

    public static NerScores Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var counts = new SortedDictionary<string, NerCounts>(StringComparer.Ordinal);
        foreach (var (gold, predicted) in sentences)
        {
            if (gold.Count != predicted.Count)
                throw new ArgumentException($"MARSAD-N003 A sentence has {gold.Count} gold tags but {predicted.Count} predicted; tag every token.");
            var goldSpans = Spans(gold);
            var predictedSpans = Spans(predicted);
            var goldSet = goldSpans.ToHashSet();
            foreach (var span in goldSpans) Bump(span.Type, gold: 1);
            foreach (var span in predictedSpans) Bump(span.Type, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
        }
        return new NerScores(counts);

        void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
        {
            counts.TryGetValue(type, out var c);
            counts[type] = new NerCounts(c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
        }
    }

    private static (char Prefix, string? Type) Split(string tag)
    {
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I') return (tag[0], tag[2..]);
        return ('O', null);
    }
}

/// <summary>Entity counts of one type: in the gold, predicted, and predicted exactly right.</summary>
public readonly record struct NerCounts(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Per-type counts and their micro-averaged total (all types pooled).</summary>
public sealed class NerScores(IReadOnlyDictionary<string, NerCounts> byType)
{
    public IReadOnlyDictionary<string, NerCounts> ByType { get; } = byType;

    public NerCounts Overall { get; } = new(
        byType.Values.Sum(c => c.Gold), byType.Values.Sum(c => c.Predicted), byType.Values.Sum(c => c.Correct));
}
