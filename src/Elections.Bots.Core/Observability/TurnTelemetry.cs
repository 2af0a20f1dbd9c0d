using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Privacy;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// Per-turn telemetry: one log line with metrics (<see cref="TurnLogFormat"/>) and, for a question the FAQ did
/// not answer, a redacted copy for the office's report. Called once per turn by <see cref="ObservedEngine"/>,
/// or by a host that drives turns itself (<see cref="Start"/> … <see cref="Complete"/>). Nothing here can fail
/// or slow a voter's turn beyond formatting one line: the question store is written in the background.
/// </summary>
public sealed class TurnTelemetry(TurnLogWriter log, TimeProvider time, TurnTelemetryOptions? options = null)
{
    private readonly TurnTelemetryOptions _options = options ?? new TurnTelemetryOptions();
    private long _failures;
    private long _turns;

    /// <summary>Turns completed since the container started.</summary>
    public long Turns => Interlocked.Read(ref _turns);

    /// <summary>Turns whose telemetry failed (a bug in formatting or redaction): their line or question is lost, the voter still answered.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    public TurnStart Start() => new(time.GetTimestamp(), ReadCounters());

    /// <param name="reply">The engine's reply, or null when it threw <paramref name="error"/>.</param>
    public void Complete(in TurnStart start, DialogTurn turn, DialogReply? reply, Exception? error = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Interlocked.Increment(ref _turns);
        try
        {
            var latencyMs = time.GetElapsedTime(start.Timestamp).TotalMilliseconds;
            var store = ReadCounters().Since(start.Counters);
            var now = time.GetUtcNow();
            var requestId = _options.RequestId?.Invoke();
            log.Write(reply is not null
                ? TurnRecord.Of(requestId, turn.Channel, reply, latencyMs, store, now.ToUnixTimeMilliseconds())
                : new TurnRecord(requestId, turn.Channel, turn.Locale, TurnLogValues.KnownIntent(turn.Intent), TurnOutcome.Error,
                    null, null, null, "error:" + (error?.GetType().Name ?? "unknown"), latencyMs, store, now.ToUnixTimeMilliseconds()));

            if (reply is not null && _options.Questions is { } questions && UnansweredRule.ReasonFor(reply) is { } reason &&
                Redactor.Redact(UnansweredRule.QuestionOf(turn)) is { Length: > 0 } text)
            {
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _options.TimeZone).DateTime);
                questions.Record(new UnansweredQuestion(text, turn.Channel, reply.Locale, day, reason));
            }
        }
#pragma warning disable CA1031 // Telemetry is worth less than the voter's answer: nothing here may reach the turn.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>A request the channel adapter refused (not its event, another skill): logged, not counted as a turn.</summary>
    public void Refused(Locale locale = Locale.English) =>
        log.Write(new TurnRecord(_options.RequestId?.Invoke(), null, locale, EmfDirectives.OtherIntent, TurnOutcome.Refused,
            null, null, null, null, 0, default, time.GetUtcNow().ToUnixTimeMilliseconds()));

    /// <summary>Stores the questions recorded so far; the Lambda host awaits it after posting each response.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken) =>
        _options.Questions?.FlushAsync(cancellationToken) ?? ValueTask.CompletedTask;

    private StoreCounters ReadCounters() => _options.StoreCounters?.Invoke() ?? default;
}
