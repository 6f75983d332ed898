using Marsad.Stories.Duplicates;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

public sealed class NearDuplicateTests
{
    private const string Wire = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس افتتح أمير منطقة القصيم اليوم مهرجان التمور في مدينة بريدة بمشاركة أكثر من ألف مزارع من مختلف محافظات المنطقة وأكد في كلمته أن المهرجان أصبح سوقا عالمية للتمور يستقطب التجار من دول الخليج العربي ويعزز الاقتصاد المحلي ويوفر فرص عمل للشباب // انتهى //";
    private const string Repost = "بريدة - الوطن: افتتح أمير منطقة القصيم اليوم مهرجان التمور في مدينة بريدة بمشاركة أكثر من ألف مزارع من مختلف محافظات المنطقة، وأكد في كلمته أن المهرجان أصبح سوقا عالمية للتمور يستقطب التجار من دول الخليج العربي ويعزز الاقتصاد المحلي ويوفر فرص عمل للشباب.";
    private const string Other = "أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات جديدة بفيروس كورونا في مدينة الرياض وأوضحت أن المصابين يتلقون العلاج في المستشفيات وأن حالتهم مستقرة ودعت المواطنين إلى اتباع إرشادات الوقاية";

    private static WordSequence Words(string text) => WordSequence.From(Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)));

    [Fact]
    public void ARepostWithItsDatelineAndTrailerCutIsContainedInTheWireItem()
    {
        var overlap = OverlapMeasure.Measure(Words(Repost), Words(Wire), shingleSize: 5);

        // 39 shingles in the repost; the two that start at its own dateline («بريدة - الوطن») are not in the wire item.
        Assert.Equal(37.0 / 39, overlap.Containment, 6);
        Assert.InRange(overlap.Jaccard, 0.6, 0.9);
    }

    [Fact]
    public void TheSharedPassageIsAlignedInBothOriginalTexts()
    {
        var overlap = OverlapMeasure.Measure(Words(Repost), Words(Wire), shingleSize: 5);

        var passage = overlap.Passages[0];
        Assert.Equal(41, passage.Words);
        Assert.StartsWith("افتتح أمير منطقة القصيم", Repost[passage.First.Start..passage.First.End]);
        Assert.StartsWith("افتتح أمير منطقة القصيم", Wire[passage.Second.Start..passage.Second.End]);
        Assert.EndsWith("فرص عمل للشباب", Wire[passage.Second.Start..passage.Second.End]);
    }

    [Fact]
    public void ReportsOfDifferentHappeningsShareNoShingle()
    {
        var overlap = OverlapMeasure.Measure(Words(Other), Words(Wire), shingleSize: 5);

        Assert.Equal(0, overlap.SharedShingles);
        Assert.Empty(overlap.Passages);
    }

    [Fact]
    public void PunctuationAndDiacriticsDoNotChangeTheWordHash()
    {
        Assert.Equal(Words("قالَ الوزيرُ: إنّ المشروعَ اكتمل.").ContentHash(), Words("قال الوزير إن المشروع اكتمل").ContentHash());
        Assert.NotEqual(Words("قال الوزير إن المشروع اكتمل").ContentHash(), Words("قال الوزير إن المشروع تأخر").ContentHash());
    }

    [Fact]
    public void MinHashAgreementEstimatesJaccardSimilarity()
    {
        var hasher = new MinHasher(256);
        var a = Shingles.Set(Words(Repost).Keys, 5);
        var b = Shingles.Set(Words(Wire).Keys, 5);
        var exact = (double)a.Intersect(b).Count() / a.Union(b).Count();

        var estimate = MinHasher.EstimateJaccard(hasher.Signature(a), hasher.Signature(b));

        Assert.InRange(estimate, exact - 0.12, exact + 0.12);
        Assert.Equal(hasher.Signature(a), new MinHasher(256).Signature(a));
    }

    [Fact]
    public void BandsOfFourRowsMakeLikelyCandidatesAboveAboutFortyPercentJaccard()
    {
        var bands = new LshBands(32, 4);

        Assert.Equal(0.42, bands.Threshold, 2);
        Assert.True(bands.CandidateProbability(0.8) > 0.999);
        Assert.True(bands.CandidateProbability(0.2) < 0.05);
        Assert.Equal(32, bands.BucketKeys(new MinHasher(128).Signature(Shingles.Set(Words(Wire).Keys, 5))).Distinct().Count());
    }
}
