using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A verbal noun of undertaking an act («إقدام», «قيام»; Resources/Events/control.tsv) has the act's doer as its genitive:
/// «إقدام السلطات على ترحيل اللاجئين» — the authorities deport, whoever warns of it; sentences written for these tests.
/// </summary>
public sealed class UndertakingNounDoerTests
{
    [Fact]
    public void TheGenitiveOfIqdamDoesTheActAfterAla() =>
        Assert.Equal(("السلطات[-]", "اللاجئين[-]"),
            Actors(Only("وحذرت المنظمة من إقدام السلطات على ترحيل اللاجئين.", PloverType.COERCE)));

    // Guard: قيام already read so.
    [Fact]
    public void TheGenitiveOfQiyamDoesTheActAfterBi() =>
        Assert.Equal(("قوات الأمن[-]", "عشرات الطلاب[-]"),
            Actors(Only("وندد البيان بقيام قوات الأمن باعتقال عشرات الطلاب.", PloverType.COERCE)));
}
