namespace Elections.Bots.Lambda.Runtime;

/// <summary>How patiently the loop retries the Runtime API: about 5 s of doubling backoff before it gives up.</summary>
public sealed record LoopOptions
{
    public int MaxConsecutiveFailures { get; init; } = 10;

    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(10);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Min(failures - 1, 20)));
}
