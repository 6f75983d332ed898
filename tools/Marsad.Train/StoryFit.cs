namespace Marsad.Train;

/// <summary>
/// How eval-clusters fits the story link model (<c>--story-fits</c>): on which labels, and how pairs weigh. The default
/// is the shipped model's fit: pairs of different events of the development file's fit half, labelled by its stories,
/// each pair weighing 1. <see cref="BothFiles"/> adds the story file's labels (eval/stories.jsonl) on the fit half: its
/// stories run across both labelled windows, so its pairs are the only ones weeks apart. <see cref="EachStoryOnce"/>
/// weighs each gold story's same-story pairs as one (<see cref="Marsad.Stories.Evaluation.StoryFitWeights"/>).
/// <see cref="Shipped"/> fits nothing: the shipped model (or <c>--story-model</c>'s weights) is offered to the fit half's
/// choice as it is, its threshold chosen on the fit half like a fit's, so a refit is compared with it held out.
/// <see cref="Profile"/> fits on the links the thread choice decides on, not on article pairs: every profile link a new
/// cluster's article of the fit half sees (<see cref="Marsad.Stories.StoryThreadProfile.Seen"/>) while the shipped story
/// model (or <c>--story-model</c>'s) threads all articles, labelled by the fit half's members placed before it
/// (<see cref="Marsad.Stories.Evaluation.ProfileLinkLabel"/>).
/// </summary>
internal sealed record StoryFit(bool BothFiles, bool EachStoryOnce, bool Shipped = false, bool Profile = false)
{
    public static StoryFit Default { get; } = new(false, false);

    public static StoryFit Parse(string name) => name switch
    {
        "pairs" => Default,
        "stories" => new(false, true),
        "both-pairs" => new(true, false),
        "both-stories" => new(true, true),
        "shipped" => new(false, false, Shipped: true),
        "profile" => new(false, false, Profile: true),
        _ => throw new ArgumentException($"--story-fits: no fit {name} (pairs, stories, both-pairs, both-stories, shipped, profile)"),
    };

    public override string ToString() => Shipped ? "shipped" : Profile ? "profile" : (BothFiles ? "both-" : "") + (EachStoryOnce ? "stories" : "pairs");
}
