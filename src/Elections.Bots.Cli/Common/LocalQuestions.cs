using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// The unanswered questions of a local run (<c>chat</c>, <c>serve</c>), already redacted by the turn telemetry:
/// the newest ones in memory for the playground's admin view and, with <c>--unanswered FILE</c>, appended to a
/// JSON-lines file that <c>report unanswered --file</c> reads, the same report the office runs on DynamoDB.
/// </summary>
internal sealed class LocalQuestions : IUnansweredQuestionSink, IDisposable
{
    /// <summary>Enough for a day of testing a playground; older questions leave memory first.</summary>
    public const int KeptInMemory = 1_000;

    private readonly InMemoryUnansweredQuestions _recent = new(KeptInMemory);
    private readonly JsonLinesQuestionStore? _file;
    private readonly QueuedQuestionSink? _queue;

    /// <param name="file">The JSON-lines file to append to, or null to keep questions in memory only.</param>
    public LocalQuestions(string? file)
    {
        if (file is null) return;
        var path = Path.GetFullPath(file);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            throw new UsageException($"--unanswered '{file}': folder '{folder}' does not exist; create it or name a file in an existing folder.");
        }
        if (Directory.Exists(path)) throw new UsageException($"--unanswered '{file}' is a folder; name a file, e.g. unanswered.jsonl.");
        _file = new JsonLinesQuestionStore(path);
        // Real time for the write timeout, even under --now: a pretend clock must not stall the file.
        _queue = new QueuedQuestionSink(_file, TimeProvider.System);
    }

    /// <summary>The file questions are appended to, or null.</summary>
    public string? FilePath => _file?.Path;

    /// <summary>The newest questions of this run, oldest first.</summary>
    public IReadOnlyList<UnansweredQuestion> Recent => _recent.Questions;

    /// <summary>Questions that could not be appended to the file (unwritable, full disk).</summary>
    public long Lost => _queue is null ? 0 : _queue.Failed + _queue.Dropped;

    /// <summary>"1 unanswered question", "3 unanswered questions".</summary>
    public static string InWords(long count) => count == 1 ? "1 unanswered question" : $"{count} unanswered questions";

    public void Record(UnansweredQuestion question)
    {
        _recent.Record(question);
        _queue?.Record(question);
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => _queue?.FlushAsync(cancellationToken) ?? ValueTask.CompletedTask;

    public void Dispose() => _file?.Dispose();
}
