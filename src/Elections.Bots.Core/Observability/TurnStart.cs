namespace Elections.Bots.Core.Observability;

/// <summary>Where a turn began: a <see cref="TimeProvider"/> timestamp and the store's counters at that moment.</summary>
public readonly record struct TurnStart(long Timestamp, StoreCounters Counters);
