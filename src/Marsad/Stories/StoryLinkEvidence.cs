namespace Marsad.Stories;

/// <summary>
/// The evidence the story model (<see cref="StoryOptions.StoryModel"/>) reads: the event evidence with the entity, place
/// and event cosines floored (<see cref="StoryOptions.StoryEvidenceFloor"/>), so one common shared term does not count
/// as a whole kind agreeing, and a shared place counting only beside a shared actor or coded event
/// (<see cref="StoryOptions.StoryPlaceSupport"/>).
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
}
