using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Core.Ports;

/// <summary>
/// Where a voter turn drops a question the FAQ did not answer. <see cref="Record"/> never blocks and never
/// throws: a full queue or an unreachable table loses the question, never the voter's answer.
/// </summary>
public interface IUnansweredQuestionSink
{
    void Record(UnansweredQuestion question);

    /// <summary>Waits until what was recorded so far is stored (or given up on). The Lambda host calls it after
    /// posting the response, before asking for the next event, because a frozen container runs nothing.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
