namespace Elections.Bots.Core.Unanswered;

/// <param name="Capacity">Questions waiting to be written before new ones are dropped: a store outage costs memory up to this, no more.</param>
/// <param name="WriteTimeout">Longest wait for one batch write; a slow store loses the batch rather than holding the queue.</param>
public sealed record QueuedQuestionSinkOptions(int Capacity = 1000, TimeSpan WriteTimeout = default)
{
    public const int BatchSize = 25;

    public TimeSpan WriteTimeout { get; init; } = WriteTimeout == default ? TimeSpan.FromSeconds(2) : WriteTimeout;
}
