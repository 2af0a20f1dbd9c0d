using System.Diagnostics;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Logging;

namespace Elections.Bots.Lambda.Runtime;

/// <summary>
/// next → handle → response or error, until the Runtime API goes away. Nothing a handler or an event does stops
/// the loop: an exception, a deadline overrun or an oversized event each become an error report for that
/// invocation, and the next one is served. Runtime API failures are retried with backoff, within a budget.
/// </summary>
public sealed class InvocationLoop(
    RuntimeApiClient api,
    IInvocationHandler handler,
    string handlerName,
    IEnvironment environment,
    InvocationLog log,
    TimeProvider time,
    LoopOptions? options = null) : IDisposable
{
    private readonly LoopOptions _options = options ?? new LoopOptions();

    private readonly EventBuffer _buffer = new();
    private CancellationTokenSource _turn = new(Timeout.InfiniteTimeSpan, time);
    private string? _traceId;

    public void Dispose() => _turn.Dispose();

    /// <returns>The process exit code: 0 when <paramref name="cancellationToken"/> stopped it.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Invocation invocation;
            try
            {
                invocation = await api.GetNextAsync(_buffer, cancellationToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (RuntimeApiException e)
            {
                failures++;
                log.RuntimeApiProblem(e.Message, failures);
                if (failures >= _options.MaxConsecutiveFailures)
                {
                    log.Fatal($"The Runtime API failed {failures} times in a row; exiting so Lambda can start a new environment.");
                    return ExitCodes.RuntimeApiLost;
                }
                try
                {
                    await Task.Delay(_options.Backoff(failures), time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                continue;
            }
            try
            {
                await InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        return ExitCodes.Stopped;
    }

    private async Task InvokeAsync(Invocation invocation, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        ExportTraceId(invocation.TraceId);

        var (result, handlerTime) = invocation.Problem switch
        {
            EventProblem.TooLarge => (Error(ErrorTypes.EventTooLarge, $"The event is larger than Lambda's {RuntimeApiClient.MaxEventBytes} bytes."), TimeSpan.Zero),
            EventProblem.Unreadable => (Error(ErrorTypes.EventUnreadable, "The event's body could not be read from the Runtime API."), TimeSpan.Zero),
            _ => await RunHandlerAsync(invocation).ConfigureAwait(false),
        };

        var post = result.IsError
            ? await api.PostErrorAsync(invocation, result.ErrorType!, result.Body, cancellationToken).ConfigureAwait(false)
            : await api.PostResponseAsync(invocation, result.Body, cancellationToken).ConfigureAwait(false);
        if (post == PostStatus.TooLarge && !result.IsError)
        {
            result = Error(ErrorTypes.ResponseTooLarge, $"The response of {result.Body.Length} bytes is over Lambda's limit.");
            post = await api.PostErrorAsync(invocation, result.ErrorType!, result.Body, cancellationToken).ConfigureAwait(false);
        }

        log.Invocation(new InvocationRecord(
            invocation.RequestId, handlerName, result.ErrorType, result.Outcome, result.Trace, post,
            _buffer.Length, handlerTime.TotalMilliseconds, time.GetElapsedTime(started).TotalMilliseconds));
    }

    private async Task<(HandlerResult Result, TimeSpan HandlerTime)> RunHandlerAsync(Invocation invocation)
    {
        var deadline = InvocationDeadline.From(invocation.DeadlineMs, time.GetUtcNow());
        // One token source for the container's life, reset between turns; a cancelled one cannot be reset.
        if (!_turn.TryReset())
        {
            _turn.Dispose();
            _turn = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        }
        _turn.CancelAfter(deadline.Polite);

        var started = time.GetTimestamp();
        try
        {
            var pending = handler.HandleAsync(_buffer.Memory, _turn.Token);
            var result = pending.IsCompletedSuccessfully
                ? pending.Result
                : await pending.AsTask().WaitAsync(deadline.Hard, time).ConfigureAwait(false);
            return (result, time.GetElapsedTime(started));
        }
        catch (TimeoutException)
        {
            // The handler ignored its token and is still running: it keeps the event's bytes and its (cancelled)
            // token source, and the next invocation gets new ones.
            await _turn.CancelAsync().ConfigureAwait(false);
            _buffer.Abandon();
            return (DeadlineError(deadline), time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (_turn.IsCancellationRequested)
        {
            return (DeadlineError(deadline), time.GetElapsedTime(started));
        }
#pragma warning disable CA1031 // Whatever a handler throws is reported for this invocation; the next voter is still served.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var report = ErrorReport.From(e);
            return (new HandlerResult(report.ToUtf8Json(), report.ErrorType), time.GetElapsedTime(started));
        }
        finally
        {
            _turn.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The AWS SDK reads the X-Ray header from the environment for the calls this invocation makes.</summary>
    private void ExportTraceId(string? traceId)
    {
        if (string.Equals(traceId, _traceId, StringComparison.Ordinal)) return;
        environment.Set(EnvironmentNames.TraceId, traceId);
        _traceId = traceId;
    }

    private static HandlerResult DeadlineError(InvocationDeadline deadline) =>
        Error(ErrorTypes.DeadlineExceeded, $"The handler did not answer within {deadline.Hard.TotalMilliseconds:0} ms.");

    private static HandlerResult Error(string errorType, string message) =>
        new(new ErrorReport(errorType, message).ToUtf8Json(), errorType);
}
