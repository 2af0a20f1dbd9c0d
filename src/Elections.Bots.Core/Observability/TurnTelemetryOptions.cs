using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Observability;

/// <summary>What the composition root plugs into <see cref="TurnTelemetry"/>; everything is optional.</summary>
public sealed record TurnTelemetryOptions
{
    /// <summary>Where unanswered questions go; null keeps none (the default until the office asks for the report).</summary>
    public IUnansweredQuestionSink? Questions { get; init; }

    /// <summary>Reads the fact store's counters (<c>DynamoFactStore.Counters</c>); null when the store keeps none.</summary>
    public Func<StoreCounters>? StoreCounters { get; init; }

    /// <summary>The current invocation's request id (the Lambda host knows it; one invocation runs at a time).</summary>
    public Func<string?>? RequestId { get; init; }

    /// <summary>The jurisdiction's zone: a question's day is the office's day, not UTC's.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
