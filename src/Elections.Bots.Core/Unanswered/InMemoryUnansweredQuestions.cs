using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// Unanswered questions kept in memory, for local runs (<c>chat</c>, <c>serve</c>) and tests: both the sink a turn
/// records into and the store the report reads. Keeps the newest <paramref name="capacity"/> questions.
/// </summary>
public sealed class InMemoryUnansweredQuestions(int capacity = 10_000) : IUnansweredQuestionSink, IUnansweredQuestionStore
{
    private readonly Queue<UnansweredQuestion> _questions = new();
    private readonly Lock _gate = new();

    public IReadOnlyList<UnansweredQuestion> Questions
    {
        get
        {
            lock (_gate) return [.. _questions];
        }
    }

    public void Record(UnansweredQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        lock (_gate)
        {
            if (_questions.Count == capacity) _questions.Dequeue();
            _questions.Enqueue(question);
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public Task SaveAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        foreach (var question in questions) Record(question);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<UnansweredQuestion>>([.. _questions.Where(q => q.Day >= from && q.Day <= to)]);
        }
    }
}
