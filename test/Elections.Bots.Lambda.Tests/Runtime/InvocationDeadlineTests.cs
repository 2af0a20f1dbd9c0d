using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Tests.Runtime;

public sealed class InvocationDeadlineTests
{
    private static readonly DateTimeOffset Now = new(2027, 11, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_WithSecondsLeft_CancelsTheHandlerAMarginBeforeTheDeadline()
    {
        var deadline = InvocationDeadline.From(Now.AddSeconds(8).ToUnixTimeMilliseconds(), Now);

        Assert.Equal(TimeSpan.FromSeconds(8), deadline.Hard);
        Assert.Equal(TimeSpan.FromSeconds(8) - InvocationDeadline.AnswerMargin, deadline.Polite);
    }

    [Fact]
    public void From_WithLessThanTwoMarginsLeft_GivesTheHandlerHalf()
    {
        var deadline = InvocationDeadline.From(Now.AddMilliseconds(300).ToUnixTimeMilliseconds(), Now);

        Assert.Equal(TimeSpan.FromMilliseconds(150), deadline.Polite);
        Assert.Equal(TimeSpan.FromMilliseconds(300), deadline.Hard);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5000L)]
    public void From_WithoutUsableDeadline_UsesTheFallbackBudget(long? deadlineMs)
    {
        Assert.Equal(InvocationDeadline.FallbackBudget, InvocationDeadline.From(deadlineMs, Now).Hard);
    }

    [Fact]
    public void From_WithDeadlineBeyondLambdasLongestTimeout_CapsIt()
    {
        Assert.Equal(InvocationDeadline.MaxBudget, InvocationDeadline.From(Now.AddDays(1).ToUnixTimeMilliseconds(), Now).Hard);
    }
}
