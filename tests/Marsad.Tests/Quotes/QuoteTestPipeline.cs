using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Quotes;

/// <summary>The default steps up to quotes (text, time, entities, quotes), built once for the quote tests.</summary>
internal static class QuoteTestPipeline
{
    private static readonly Lazy<AnalysisPipeline> s_pipeline = new(() => new PipelineBuilder().UseText().UseTime().UseEntities().UseQuotes().Build());

    public static readonly DateTimeOffset September2022 = new(2022, 9, 12, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Quote> Analyze(string text, DateTimeOffset? published = null) =>
        s_pipeline.Value.Run(new Article { Id = "test", Text = text, Published = published ?? September2022 }).Get(QuoteLayers.Quotes);

    public static string Describe(IReadOnlyList<Quote> quotes) =>
        string.Join("\n", quotes.Select(q => $"{q.Id} {q.Kind} cue={q.Cue?.Text} speaker={q.Speaker?.EntityId ?? "null"}:{q.Speaker?.Text} «{q.Text}»"));
}
