namespace Marsad.Entities.Gazetteer;

/// <summary>The kinds of context words in context.tsv; see that file's header for what each steers.</summary>
[Flags]
public enum ContextKind
{
    None = 0,
    Locative = 1,
    Outlet = 2,
    Place = 4,
    Title = 8,
    Org = 16,
    Stop = 32,
    Movement = 64,
    NotName = 128,
    Acting = 256,
    BodyHead = 512,
    National = 1024,
    Group = 2048,
    Facility = 4096,
    NounTitle = 8192,
    Match = 16384,
    Ministry = 32768,
    Portfolio = 65536,
    Minister = 131072,
    Deputy = 262144,
    StateMinister = 524288,
    PlaceHead = 1048576,
    Competition = 2097152,
    CompetitionLink = 4194304,
    Club = 8388608,
    ClubMember = 16777216,
    Mission = 33554432,
    MissionHost = 67108864,
    Prayer = 134217728,
    Era = 268435456,
}
