namespace Marsad.Tests.Events;

/// <summary>
/// A trigger that is the verb of a relative clause tells of the antecedent: a time before the relative pronoun is the
/// main clause's, not its date (EventSetting).
/// </summary>
public sealed class RelativeClauseDateTests
{
    [Fact]
    public void APledgeInARelativeClauseTakesNoDateFromTheMainClause()
    {
        var events = EventTestPipeline.Events(
            "وحدد الاتحاد يوم 26 فبراير 2016 موعدا لانتخاب رئيس جديد خلفا للرئيس الحالي الذي تعهد بعدم الترشح مجددا.");
        Assert.Equal([("AGREE", (string?)null)], events.Select(e => (e.Type.ToString(), e.Date)).ToArray());
    }
}
