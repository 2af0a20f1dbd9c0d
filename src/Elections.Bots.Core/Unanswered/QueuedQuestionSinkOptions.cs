namespace Elections.Bots.Core.Unanswered;

public sealed record QueuedQuestionSinkOptions
{
    /// <summary>Questions per store write: DynamoDB's BatchWriteItem limit.</summary>
    public const int BatchSize = 25;

    /// <summary>Questions waiting to be written before new ones are dropped: a store outage costs memory up to this, no more.</summary>
    public int Capacity { get; init; } = 1000;

    /// <summary>Longest wait for one batch write; a slow store loses the batch rather than holding the queue.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
