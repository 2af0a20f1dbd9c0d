using System.Collections.Concurrent;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// The production <see cref="IUnansweredQuestionSink"/>: a bounded in-memory queue drained in batches of
/// <see cref="QueuedQuestionSinkOptions.BatchSize"/> by one background writer. Recording is an enqueue; a full
/// queue drops the question and a failed write drops the batch, each counted, never raised to the voter's turn.
/// </summary>
public sealed class QueuedQuestionSink(IUnansweredQuestionStore store, TimeProvider time, QueuedQuestionSinkOptions? options = null)
    : IUnansweredQuestionSink
{
    private readonly QueuedQuestionSinkOptions _options = options ?? new QueuedQuestionSinkOptions();
    private readonly ConcurrentQueue<UnansweredQuestion> _queue = new();
    private readonly Lock _gate = new();
    private Task _drain = Task.CompletedTask;
    private bool _draining;
    private int _queued;
    private long _saved;
    private long _dropped;
    private long _failed;

    public long Saved => Interlocked.Read(ref _saved);

    /// <summary>Questions lost because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Questions lost because the store refused or timed out.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public void Record(UnansweredQuestion question)
    {
        if (Interlocked.Increment(ref _queued) > _options.Capacity)
        {
            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _queue.Enqueue(question);
        lock (_gate)
        {
            if (_draining) return;
            _draining = true;
            _drain = Task.Run(DrainAsync);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        Task drain;
        lock (_gate) drain = _drain;
        await drain.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task DrainAsync()
    {
        var batch = new List<UnansweredQuestion>(QueuedQuestionSinkOptions.BatchSize);
        while (true)
        {
            while (batch.Count < QueuedQuestionSinkOptions.BatchSize && _queue.TryDequeue(out var question)) batch.Add(question);
            if (batch.Count == 0)
            {
                // Checked under the gate Record takes: a question enqueued after this sees _draining false and starts a new drain.
                lock (_gate)
                {
                    if (_queue.IsEmpty)
                    {
                        _draining = false;
                        return;
                    }
                }
                continue;
            }
            Interlocked.Add(ref _queued, -batch.Count);
            await WriteAsync(batch).ConfigureAwait(false);
            batch = new List<UnansweredQuestion>(QueuedQuestionSinkOptions.BatchSize);
        }
    }

    private async Task WriteAsync(List<UnansweredQuestion> batch)
    {
        using var timeout = new CancellationTokenSource(_options.WriteTimeout, time);
        try
        {
            await store.SaveAsync(batch, timeout.Token).ConfigureAwait(false);
            Interlocked.Add(ref _saved, batch.Count);
        }
#pragma warning disable CA1031 // Whatever the store throws, the questions are lost and the voters are not.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Add(ref _failed, batch.Count);
        }
    }
}
