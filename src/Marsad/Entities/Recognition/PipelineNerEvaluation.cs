using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Scores names as the whole pipeline finds them, on a BIO corpus (ANERcorp test): every sentence is analysed as an
/// article of its own (its tokens joined by spaces), and each name mention becomes a token range of the corpus by the
/// characters it covers. Only names count — a nisba adjective, a role phrase or a loaded term is no name in ANERcorp —
/// and a state (GPE) counts as LOC, as ANERcorp tags it. Spans must match exactly in tokens and type.
/// </summary>
public static class PipelineNerEvaluation
{
    /// <summary>The mention kinds ANERcorp would tag as names.</summary>
    public static bool IsName(EntityMention mention) =>
        mention.Kind is MentionKind.Name or MentionKind.ShortName or MentionKind.Metonym;

    public static string CorpusType(EntityType type) => type == EntityType.GPE ? "LOC" : type.ToString();

    /// <summary>The pipeline's names in one corpus sentence as BIO tags over the corpus tokens.</summary>
    public static string[] Tag(AnalysisPipeline pipeline, BioSentence sentence)
    {
        var text = string.Join(' ', sentence.Tokens);
        var starts = new int[sentence.Tokens.Count];
        for (int k = 0, at = 0; k < starts.Length; at += sentence.Tokens[k].Length + 1, k++) starts[k] = at;
        var document = pipeline.Run(new Article { Id = "ner-eval", Text = text });
        var entities = document.GetOrDefault(EntityLayers.Entities) ?? ArticleEntities.Empty;
        var tags = Enumerable.Repeat("O", starts.Length).ToArray();
        // Outer mentions first: a nested name inside a longer one is not tagged twice.
        foreach (var mention in entities.Mentions.Where(IsName).OrderByDescending(m => m.Span.Length))
        {
            var first = TokenAt(starts, sentence.Tokens, mention.Span.Start);
            var last = TokenAt(starts, sentence.Tokens, mention.Span.End - 1);
            if (first < 0 || last < first || Enumerable.Range(first, last - first + 1).Any(k => tags[k] != "O")) continue;
            var type = CorpusType(mention.Type);
            tags[first] = "B-" + type;
            for (var k = first + 1; k <= last; k++) tags[k] = "I-" + type;
        }
        return tags;
    }

    private static int TokenAt(int[] starts, IReadOnlyList<string> tokens, int offset)
    {
        for (var k = 0; k < starts.Length; k++)
            if (offset >= starts[k] && offset < starts[k] + tokens[k].Length) return k;
        return -1;
    }
}
