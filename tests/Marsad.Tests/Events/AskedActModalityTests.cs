using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An act a verb of asking governs is asked for, not done (ModalityResolver, modality.tsv ask_that): planned — a verb
/// through a complementiser, however long the construct phrases of the asker and the addressee between them.
/// Sentences written for these tests.
/// </summary>
public sealed class AskedActModalityTests
{
    [Fact]
    public void AResignationAskedOfTheManagerAcrossLongSubjectAndAddresseeIsAPlannedConcession()
    {
        var resignation = Assert.Single(EventTestPipeline.Events("ومن المرجح أن يطلب مجلس إدارة الشركة من مديرها التنفيذي جون سميث أن يستقيل من منصبه."));

        Assert.Equal((PloverType.CONCEDE, EventModality.Planned), (resignation.Type, resignation.Modality));
    }
}
