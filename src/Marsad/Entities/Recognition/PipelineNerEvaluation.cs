using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Scores names as the whole pipeline finds them, on a BIO corpus (ANERcorp test): consecutive sentences are analysed
/// as one article (one paragraph each, its tokens joined by spaces), as the tagger alone reads them in documents of
/// consecutive sentences, and each name mention becomes a token range of its corpus sentence by the characters it
/// covers. Only names count — a nisba adjective, a role phrase or a loaded term is no name in ANERcorp — and a state
/// (GPE) counts as LOC, as ANERcorp tags it. Spans must match exactly in tokens and type.
/// </summary>
public static class PipelineNerEvaluation
{
    /// <summary>The mention kinds ANERcorp would tag as names.</summary>
    public static bool IsName(EntityMention mention) =>
        mention.Kind is MentionKind.Name or MentionKind.ShortName or MentionKind.Metonym;

    public static string CorpusType(EntityType type) => type == EntityType.GPE ? "LOC" : type.ToString();

    /// <summary>The pipeline's names in one corpus sentence analysed alone, as BIO tags over the corpus tokens.</summary>
    public static string[] Tag(AnalysisPipeline pipeline, BioSentence sentence) => TagDocument(pipeline, [sentence])[0];

    /// <summary>The pipeline's names in consecutive corpus sentences analysed as one article, as BIO tags per sentence.</summary>
    public static string[][] TagDocument(AnalysisPipeline pipeline, IReadOnlyList<BioSentence> sentences) =>
        [.. Names(pipeline, sentences).Select((names, s) => Tags(sentences[s].Tokens.Count, names))];

    /// <summary>
    /// The pipeline's names in consecutive corpus sentences analysed as one article, per sentence: the corpus span, the
    /// rule that found it and the type the pipeline gave (before GPE is read as LOC). Outer mentions first: a nested name
    /// inside a longer one is not counted twice.
    /// </summary>
    public static IReadOnlyList<PipelineName>[] Names(AnalysisPipeline pipeline, IReadOnlyList<BioSentence> sentences)
    {
        var text = string.Join('\n', sentences.Select(s => string.Join(' ', s.Tokens)));
        // Where each corpus token starts in the article's text, and in which sentence it lies.
        var starts = new List<(int Offset, int Length, int Sentence, int Token)>();
        for (int s = 0, at = 0; s < sentences.Count; s++)
            for (var k = 0; k < sentences[s].Tokens.Count; at += sentences[s].Tokens[k].Length + 1, k++)
                starts.Add((at, sentences[s].Tokens[k].Length, s, k));
        var document = pipeline.Run(new Article { Id = "ner-eval", Text = text });
        var entities = document.GetOrDefault(EntityLayers.Entities) ?? ArticleEntities.Empty;
        var names = sentences.Select(_ => new List<PipelineName>()).ToArray();
        var taken = sentences.Select(s => new bool[s.Tokens.Count]).ToArray();
        foreach (var mention in entities.Mentions.Where(IsName).OrderByDescending(m => m.Span.Length))
        {
            var first = TokenAt(starts, mention.Span.Start);
            var last = TokenAt(starts, mention.Span.End - 1);
            if (first < 0 || last < first || starts[first].Sentence != starts[last].Sentence) continue;
            var (s, start, end) = (starts[first].Sentence, starts[first].Token, starts[last].Token + 1);
            if (taken[s].AsSpan(start, end - start).Contains(true)) continue;
            taken[s].AsSpan(start, end - start).Fill(true);
            names[s].Add(new PipelineName(new EntitySpan(start, end, CorpusType(mention.Type)), mention.Type, mention.Kind, mention.Rule));
        }
        return names;
    }

    /// <summary>Names of one corpus sentence as BIO tags over its <paramref name="count"/> tokens.</summary>
    public static string[] Tags(int count, IReadOnlyList<PipelineName> names)
    {
        var tags = Enumerable.Repeat("O", count).ToArray();
        foreach (var (span, _, _, _) in names)
        {
            tags[span.Start] = "B-" + span.Type;
            for (var k = span.Start + 1; k < span.End; k++) tags[k] = "I-" + span.Type;
        }
        return tags;
    }

    private static int TokenAt(List<(int Offset, int Length, int Sentence, int Token)> starts, int offset)
    {
        int lo = 0, hi = starts.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < starts[mid].Offset) hi = mid - 1;
            else if (offset >= starts[mid].Offset + starts[mid].Length) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

/// <summary>One name the pipeline gave in a corpus sentence: its span (type as the corpus tags it), its own type, kind and rule.</summary>
public readonly record struct PipelineName(EntitySpan Span, EntityType Type, MentionKind Kind, string Rule);
