namespace Marsad.Tests.Events;

/// <summary>
/// An act noun told as still to come by words farther from it than a cue beside it (ScheduledAct): a scheduling
/// adjective closing its phrase, a relative clause on it with a future verb, a `during` preposition after a future verb,
/// a frame «من المقرر أن» reaching the whole clause; and one right after a word of necessity or potential (modality.tsv
/// `need`): planned, and a meeting or a retreat still to come is an intent, AGREE or CONCEDE (IntentCoding). The same constructions told in the past stay asserted.
/// </summary>
public sealed class ScheduledActModalityTests
{
    [Fact]
    public void AScheduledAdjectiveAfterTheVisitorsNameMakesTheVisitPlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وتجري مراسم افتتاح المبنى خلال زيارة لوزير الخارجية الإيطالي مرتقبة في الخريف."));

    [Fact]
    public void AMeetingARelativeClauseSaysWillBeHeldIsPlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "ويعد اجتماع وزراء الزراعة العرب، الذي سينعقد في عمان، الأول منذ سنوات."));

    [Fact]
    public void AVisitARelativeClauseSaysWillBeMadeIsPlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وشدد الوزير على أهمية الزيارة التي سيقوم بها الوفد البرلماني إلى بغداد."));

    [Fact]
    public void AVisitARelativeClauseSaysWasMadeStaysAsserted() =>
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded(
            "وشدد الوزير على أهمية الزيارة التي قام بها الوفد البرلماني إلى بغداد."));

    [Fact]
    public void AMeetingDuringWhichAFutureActWillHappenIsPlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وسيبحث الرئيس الملف خلال لقاء مع نظيره الفرنسي."));

    [Fact]
    public void AScheduledFrameReachesAnActNounPastAnAside() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "ومن المقرر أن يلقي الرئيس، وهو من أصول كينية، كلمة أمام القمة الدولية لرواد الأعمال في نيروبي."));

    [Fact]
    public void AWithdrawalCalledNecessaryIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "وأكد الأمين العام ضرورة انسحاب القوات من المدينة."));

    [Fact]
    public void ABanMeasuresWouldBringIsPlanned() =>
        Assert.Equal(["COERCE/censor planned"], EventTestPipeline.Coded(
            "وأصدرت الهيئة قرارات من شأنها منع نشر الصور."));
}
