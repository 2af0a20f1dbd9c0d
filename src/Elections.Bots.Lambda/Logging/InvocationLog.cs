using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Bots.Lambda.Logging;

/// <summary>
/// One JSON line per invocation on stdout (CloudWatch reads it): request id, handler, outcome, durations, and
/// the answer's trace, which holds ids only. Never the event, never what the voter said or where they live.
/// The writer and its buffer are reused, so a line costs no allocation.
/// </summary>
public sealed class InvocationLog : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _line = new(512);
    private readonly Utf8JsonWriter _writer;
    private readonly Lock _gate = new();

    public InvocationLog(Stream output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_line, Options);
    }

    public void Dispose() => _writer.Dispose();

    public void Started(string handler, string store, double initMs)
    {
        lock (_gate)
        {
            var writer = Begin("INFO", "started");
            writer.WriteString("handler", handler);
            writer.WriteString("store", store);
            writer.WriteNumber("initMs", Math.Round(initMs, 2));
            End();
        }
    }

    public void Invocation(in InvocationRecord record)
    {
        lock (_gate)
        {
            var writer = Begin(record.ErrorType is null ? "INFO" : "WARN", "invocation");
            writer.WriteString("requestId", record.RequestId);
            writer.WriteString("handler", record.Handler);
            if (record.ErrorType is not null) writer.WriteString("errorType", record.ErrorType);
            if (record.Outcome is { } outcome) writer.WriteString("outcome", OutcomeName(outcome));
            if (record.Trace is { } trace)
            {
                writer.WriteString("intent", trace.Intent);
                if (trace.DatasetVersion is not null) writer.WriteString("dataset", trace.DatasetVersion);
                if (trace.Detail is not null) writer.WriteString("detail", trace.Detail);
            }
            writer.WriteString("post", PostName(record.Post));
            writer.WriteNumber("eventBytes", record.EventBytes);
            writer.WriteNumber("handlerMs", Math.Round(record.HandlerMs, 3));
            writer.WriteNumber("totalMs", Math.Round(record.TotalMs, 3));
            End();
        }
    }

    public void RuntimeApiProblem(string problem, int consecutiveFailures)
    {
        lock (_gate)
        {
            var writer = Begin("WARN", "runtime-api");
            writer.WriteString("problem", problem);
            writer.WriteNumber("consecutiveFailures", consecutiveFailures);
            End();
        }
    }

    public void Fatal(string problem)
    {
        lock (_gate)
        {
            Begin("ERROR", "fatal").WriteString("problem", problem);
            End();
        }
    }

    private Utf8JsonWriter Begin(string level, string message)
    {
        _line.ResetWrittenCount();
        _writer.Reset(_line);
        _writer.WriteStartObject();
        _writer.WriteString("level", level);
        _writer.WriteString("msg", message);
        return _writer;
    }

    private void End()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        _line.Write("\n"u8);
        try
        {
            _output.Write(_line.WrittenSpan);
            _output.Flush();
        }
        catch (IOException)
        {
            // A closed stdout must not stop voters being answered.
        }
    }

    // Enum.ToString allocates; these names are the log's vocabulary.
    private static string OutcomeName(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answered => "answered",
        ReplyOutcome.Elicited => "elicited",
        ReplyOutcome.Fallback => "fallback",
        ReplyOutcome.HandedOff => "handed-off",
        ReplyOutcome.Ended => "ended",
        _ => "error",
    };

    private static string PostName(Runtime.PostStatus status) => status switch
    {
        Runtime.PostStatus.Accepted => "accepted",
        Runtime.PostStatus.Stale => "stale",
        Runtime.PostStatus.TooLarge => "too-large",
        Runtime.PostStatus.Rejected => "rejected",
        _ => "failed",
    };
}
