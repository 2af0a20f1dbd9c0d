using System.Diagnostics;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// <c>--now</c>: a clock that starts at the given instant and then runs at normal speed, so a chat "on
/// Election Day" still moves through the day.
/// </summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
}
