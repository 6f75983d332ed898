using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class ThresholdGridTests
{
    [Fact]
    public void AShippedThresholdOffTheGridIsOfferedInItsPlace()
    {
        Assert.Equal([0.6, 0.7, 0.75, 0.8, 0.9], ThresholdGrid.WithShipped([0.6, 0.7, 0.8, 0.9], 0.75));
    }

    [Fact]
    public void AShippedThresholdOnTheGridIsOfferedOnce()
    {
        Assert.Equal([0.6, 0.7, 0.8, 0.9], ThresholdGrid.WithShipped([0.9, 0.6, 0.8, 0.7], 0.8));
    }
}
