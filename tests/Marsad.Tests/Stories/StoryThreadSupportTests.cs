using Marsad.Stories;

namespace Marsad.Tests.Stories;

public sealed class StoryThreadSupportTests
{
    private static readonly StoryThreadProfile.Link[] Profiles = [new("st-a", 0.9), new("st-b", 0.8), new("st-c", 0.85)];

    // st-a: three members, the new article close to one only (a chain through its newest member);
    // st-b: two members, both close; st-c: one member, close.
    private static readonly StoryMerge.Link[] Pairs =
    [
        new("st-a", "ev-1", 0.95), new("st-a", "ev-2", 0.30), new("st-a", "ev-3", 0.45),
        new("st-b", "ev-4", 0.70), new("st-b", "ev-5", 0.55),
        new("st-c", "ev-6", 0.60),
    ];

    private static int MembersOf(string thread) => thread switch { "st-a" => 3, "st-b" => 2, _ => 1 };

    [Fact]
    public void AThreadLinkedThroughOneOfSeveralMembersIsNotContinued()
    {
        var kept = StoryThreadSupport.Supported(Profiles, Pairs, 0.5, MembersOf);

        Assert.Equal(["st-b", "st-c"], kept.Select(l => l.Story));
        Assert.Equal("st-c", StoryThreadProfile.ThreadToContinue(kept, 0.75));
    }

    [Fact]
    public void WithTheBarOffEveryProfileLinkIsKept()
    {
        var kept = StoryThreadSupport.Supported(Profiles, Pairs, 0, MembersOf);

        Assert.Equal(["st-a", "st-b", "st-c"], kept.Select(l => l.Story));
        Assert.Equal("st-a", StoryThreadProfile.ThreadToContinue(kept, 0.75));
    }
}
