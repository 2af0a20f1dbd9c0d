using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Core.Ports;

/// <summary>Durable storage of unanswered questions: written in batches by <see cref="Unanswered.QueuedQuestionSink"/>, read by the report.</summary>
public interface IUnansweredQuestionStore
{
    Task SaveAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken);

    /// <summary>The questions asked from <paramref name="from"/> through <paramref name="to"/> (local dates, inclusive) that are still kept.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
