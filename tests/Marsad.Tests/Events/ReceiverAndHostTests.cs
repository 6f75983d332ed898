using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The acts whose subject is their recipient (Arguments.ReceiverAndHost), the step called alone on one mention's state:
/// an act received goes from the one after «من» to the receiver, a visit hosted from the guest to the host. Sentences
/// written for these tests.
/// </summary>
public sealed class ReceiverAndHostTests
{
    [Fact]
    public void TheReceiverOfACallIsItsRecipientAndTheOneAfterMinMadeIt()
    {
        var p = Parse("تلقى الرئيس التونسي اتصالا هاتفيا من نظيره الجزائري.");
        var s = p.Mention("تلقى");
        new ReceiverAndHost(Language).Read(s);
        Assert.Equal(("نظيره الجزائري", "الرئيس التونسي", true), (s.Source!.Text, s.Target!.Text, s.Draft.Received));
    }

    [Fact]
    public void TheHostOfAVisitIsItsRecipientAndTheGuestMadeIt()
    {
        var p = Parse("استقبل العاهل الأردني وزير الخارجية الفرنسي في عمان.");
        var s = p.Mention("استقبل");
        var host = p.Text.Actors.First(a => a.First == p.IndexOf("العاهل"));
        var guest = p.Text.Actors.First(a => a.First == p.IndexOf("وزير"));
        (s.Source, s.Target) = (host, guest);
        new ReceiverAndHost(Language).Read(s);
        Assert.Equal((guest, host), (s.Source, s.Target));
    }
}
