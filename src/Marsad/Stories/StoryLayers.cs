using Marsad.Documents;

namespace Marsad.Stories;

public static class StoryLayers
{
    /// <summary>The article's fingerprint and term weights, which the story index places it by when it is saved.</summary>
    public static readonly Layer<StoryProfile> Profile = new("story-profile");
}
