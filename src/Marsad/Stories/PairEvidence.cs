namespace Marsad.Stories;

/// <summary>
/// What two articles share, as the event clusterer weighs it (<see cref="LinkModel"/>): TF-IDF cosines over their
/// content words (<see cref="Words"/>, title words counted up), their headlines alone, the people, organisations and
/// states linked in them, the places (cities, regions) linked in them and the events coded in them; the shingle containment of a near duplicate (0 when not one); how many days apart they
/// are (null when either day is unknown); and whether one outlet published both. And whether what they are about
/// (<see cref="ArticleFocus"/>) sets them apart: both headlines or leads name cities or regions, and none in common
/// (<see cref="FocusPlaceConflict"/>; the clusterer then never joins them in one event). And how much of each headline
/// the other article says (<see cref="HeadlineCoverage"/>, the mean of the two directions: <see cref="WeightedVector.HeadlineCoverage"/>).
/// And the cosine of what one speaker is quoted saying in both (<see cref="Quotes"/>: quote terms, <see cref="TermKind.Quote"/>;
/// 0 when either quotes no named speaker).
/// </summary>
public sealed record PairEvidence(
    double Words, double Title, double Entities, double Events, double Containment, int? Gap, bool SameOutlet, double Places = 0,
    bool FocusPlaceConflict = false, double HeadlineCoverage = 0, double Quotes = 0);
