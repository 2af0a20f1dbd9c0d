using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Core.Tests.Unanswered;

public sealed class QueuedQuestionSinkTests
{
    private static UnansweredQuestion Question(int n) =>
        new($"question {n}", Channel.Web, Locale.English, new DateOnly(2027, 3, 1), UnansweredReason.NoMatch);

    [Fact]
    public async Task FlushAsync_AfterManyRecords_StoresEveryQuestionInBatchesOfAtMost25()
    {
        var store = new RecordingStore();
        var sink = new QueuedQuestionSink(store, TimeProvider.System);

        for (var i = 0; i < 120; i++) sink.Record(Question(i));
        await sink.FlushAsync(CancellationToken.None);

        Assert.Equal(120, store.Saved.Count);
        Assert.All(store.Batches, size => Assert.InRange(size, 1, QueuedQuestionSinkOptions.BatchSize));
        Assert.Equal(120, sink.Saved);
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"question {i}").Order(), store.Saved.Select(q => q.Text).Order());
    }

    [Fact]
    public async Task Record_WhenTheQueueIsFull_DropsNewQuestionsWithoutBlocking()
    {
        var store = new RecordingStore { Gate = new TaskCompletionSource() };
        var sink = new QueuedQuestionSink(store, TimeProvider.System, new QueuedQuestionSinkOptions { Capacity = 10 });

        for (var i = 0; i < 50; i++) sink.Record(Question(i));
        store.Gate.SetResult();
        await sink.FlushAsync(CancellationToken.None);

        Assert.InRange(sink.Dropped, 40, 50);
        Assert.Equal(50 - sink.Dropped, store.Saved.Count);
    }

    [Fact]
    public async Task Record_WhenTheStoreFails_CountsTheLossAndKeepsGoing()
    {
        var store = new RecordingStore { FailFirst = true };
        var sink = new QueuedQuestionSink(store, TimeProvider.System);

        sink.Record(Question(1));
        await sink.FlushAsync(CancellationToken.None);
        sink.Record(Question(2));
        await sink.FlushAsync(CancellationToken.None);

        Assert.Equal(1, sink.Failed);
        Assert.Equal("question 2", Assert.Single(store.Saved).Text);
    }

    [Fact]
    public async Task Record_WhenTheStoreHangs_GivesUpAfterTheWriteTimeout()
    {
        var store = new RecordingStore { Gate = new TaskCompletionSource() };
        var sink = new QueuedQuestionSink(store, TimeProvider.System, new QueuedQuestionSinkOptions { WriteTimeout = TimeSpan.FromMilliseconds(50) });

        sink.Record(Question(1));
        await sink.FlushAsync(CancellationToken.None);

        Assert.Equal(1, sink.Failed);
    }

    private sealed class RecordingStore : IUnansweredQuestionStore
    {
        private readonly Lock _gate = new();

        public List<UnansweredQuestion> Saved { get; } = [];
        public List<int> Batches { get; } = [];
        public TaskCompletionSource? Gate { get; init; }
        public bool FailFirst { get; set; }

        public async Task SaveAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
        {
            if (Gate is not null) await Gate.Task.WaitAsync(cancellationToken);
            if (FailFirst)
            {
                FailFirst = false;
                throw new IOException("table unreachable");
            }
            lock (_gate)
            {
                Batches.Add(questions.Count);
                Saved.AddRange(questions);
            }
        }

        public Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<UnansweredQuestion>>(Saved);
    }
}
