using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A recipient named by the pronoun on the preposition the trigger marks it with («معها», «عليها») in a relative clause
/// stands for the clause's antecedent (sentences written for these tests).
/// </summary>
public sealed class PronounRecipientTests
{
    [Fact]
    public void APronounInARelativeClauseStandsForItsAntecedent() =>
        Assert.Equal(("الحكومة الليبية[LBY]", "الجماعة[-]"),
            Actors(Only("ندد البرلمان بالجماعة المتطرفة التي فرضت عليها الحكومة الليبية عقوبات الشهر الماضي.", PloverType.SANCTION)));
}
