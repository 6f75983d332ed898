using Marsad.Entities.Recognition;

namespace Marsad.Entities;

/// <summary>
/// The trained ANERcorp tagger (<see cref="NerTagger"/>) as the recognizer's statistical pass. Spans under
/// <see cref="MinimumConfidence"/> are dropped: the rules already cover the names the gazetteer knows, so the model
/// is there for unknown names, where a doubtful span costs more precision than it gains recall. One-word spans need
/// <see cref="SingleWordConfidence"/>. One-word MISC spans are kept (نوبل، الإسلام، يونيفيل): the currencies, months
/// and «الله» the tagger also reads as MISC are words the context lexicon marks as no name alone, which the scan's
/// <c>TaggerPass</c> drops whatever their type (issue #9: dropping every one-word MISC here lost 86 of ANERcorp test's names).
/// </summary>
public sealed class NerModelTagger(
    NerTagger tagger,
    double minimumConfidence = NerModelTagger.DefaultMinimumConfidence,
    double singleWordConfidence = NerModelTagger.DefaultSingleWordConfidence) : IEntityTagger
{
    public const double DefaultMinimumConfidence = 0.5;

    public const double DefaultSingleWordConfidence = 0.6;

    private static readonly Lazy<NerModelTagger> s_default = new(() => new NerModelTagger(NerTagger.Default));

    public static NerModelTagger Default => s_default.Value;

    public double SingleWordConfidence { get; } = singleWordConfidence;

    public double MinimumConfidence { get; } = minimumConfidence;

    private bool Keep((int Start, int End, string Type, double Confidence) s) =>
        s.End - s.Start > 1
            ? s.Confidence >= MinimumConfidence
            : s.Confidence >= Math.Max(MinimumConfidence, SingleWordConfidence);

    public IReadOnlyList<IReadOnlyList<TaggedSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        tagger.RecognizeDocument(sentences)
            .Select(spans => (IReadOnlyList<TaggedSpan>)spans
                .Where(s => Keep(s) && Enum.TryParse<EntityType>(s.Type, out _))
                .Select(s => new TaggedSpan(s.Start, s.End, Enum.Parse<EntityType>(s.Type), s.Confidence))
                .ToArray())
            .ToArray();
}
