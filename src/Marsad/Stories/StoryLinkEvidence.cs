namespace Marsad.Stories;

/// <summary>
/// The evidence the story model (<see cref="StoryOptions.StoryModel"/>) reads: the event evidence with the entity, place
/// and event cosines floored (<see cref="StoryOptions.StoryEvidenceFloor"/>), so one common shared term does not count
/// as a whole kind agreeing, and a shared place counting only beside a shared actor or coded event
/// (<see cref="StoryOptions.StoryPlaceSupport"/>). Against a thread's profile (<see cref="OfProfile"/>) a shared place
/// also needs shared words (<see cref="StoryOptions.StoryProfilePlaceWords"/>).
/// </summary>
internal static class StoryLinkEvidence
{
    public static PairEvidence Of(StoryOptions options, PairEvidence evidence, WeightedVector vector, WeightedVector other, long documents)
    {
        if (options.StoryEvidenceFloor > 0)
        {
            var floor = options.EntityWeight * WeightedVector.Idf(options.StoryEvidenceFloor * documents, documents);
            evidence = evidence with
            {
                Entities = vector.Cosine(other, TermKind.Entity, floor),
                Places = vector.Cosine(other, TermKind.Place, floor),
                Events = vector.Cosine(other, TermKind.Event, floor),
            };
        }
        // A city or region is where many stories happen: shared without a shared actor or coded event it says nothing of
        // one story (33 of story9's 358 false-join pairs were joined by a place alone), so it then counts for nothing.
        var placeSupport = options.StoryPlaceSupport;
        return placeSupport > 0 && Math.Max(evidence.Entities, evidence.Events) < placeSupport ? evidence with { Places = 0 } : evidence;
    }

    /// <summary>
    /// The evidence the story model reads between an article and a thread's profile (<see cref="StoryThreadProfile"/>):
    /// <see cref="Of"/>'s, with the shared places counting for nothing when the article shares under
    /// <see cref="StoryOptions.StoryProfilePlaceWords"/> of its words with the profile. Pair links, on which the story
    /// model is fitted, are read by <see cref="Of"/> alone.
    /// </summary>
    public static PairEvidence OfProfile(StoryOptions options, PairEvidence evidence, WeightedVector vector, WeightedVector profile, long documents)
    {
        var read = Of(options, evidence, vector, profile, documents);
        // A thread's profile holds its place as strongly as its words, so news of that place that tells of nothing the thread
        // tells of (a SIM-card warning in the region whose bombing the thread follows) links to it by the place alone, while the
        // thread's own reports say its words again (the bombing, the mosque) even with no named actor in common.
        return options.StoryProfilePlaceWords > 0 && read.Words < options.StoryProfilePlaceWords ? read with { Places = 0 } : read;
    }
}
