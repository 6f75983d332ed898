using Marsad.Events;
using Marsad.Events.Modality;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The announced-operation step of modality (Modality.AnnouncedOperation) called alone on drafts of every trigger: which
/// acts an announcement reports on its doer's word, and which operation noun joined by «و» shares the announcement.
/// Sentences written for these tests.
/// </summary>
public sealed class AnnouncedOperationTests
{
    private static DraftEvent At(ParsedSentence p, IReadOnlyList<DraftEvent> drafts, string word) =>
        drafts.First(d => p.Text.Tokens[d.Trigger.First].Normalized == word);

    [Fact]
    public void ARaidJoinedByAndToAnAnnouncedArrestSharesTheAnnouncement()
    {
        var p = Parse("أعلن الأمن الوطني اعتقال خمسة مهربين ومداهمة مخازنهم قرب الميناء.");
        var drafts = p.Drafts();
        var arrest = At(p, drafts, "اعتقال");
        var raid = At(p, drafts, "ومداهمة");
        var verbs = drafts.Where(d => d.Trigger.Verbal).Select(d => d.Trigger.First).ToHashSet();

        Assert.Equal((true, true, true, false),
            (AnnouncedOperation.IsOperation(arrest), AnnouncedOperation.IsOperation(raid),
             new AnnouncedOperation(Language).SharesAnnouncement(p.Text, arrest, raid, verbs),
             new AnnouncedOperation(Language).SharesAnnouncement(p.Text, null, raid, verbs)));
    }

    [Fact]
    public void ARaidAfterASemicolonIsNoPartOfTheAnnouncement()
    {
        var p = Parse("أعلن الأمن الوطني اعتقال خمسة مهربين؛ ومداهمة مخازنهم جرت أمس.");
        var drafts = p.Drafts();
        var verbs = drafts.Where(d => d.Trigger.Verbal).Select(d => d.Trigger.First).ToHashSet();

        Assert.False(new AnnouncedOperation(Language).SharesAnnouncement(p.Text, At(p, drafts, "اعتقال"), At(p, drafts, "ومداهمة"), verbs));
    }

    [Fact]
    public void ASanctionIsMadeByBeingAnnouncedAndIsNoOperation()
    {
        var p = Parse("أعلنت الحكومة فرض عقوبات على شركات الشحن.");
        var sanction = Assert.Single(p.Drafts(), d => d.Type == PloverType.SANCTION);

        Assert.False(AnnouncedOperation.IsOperation(sanction));
    }
}
