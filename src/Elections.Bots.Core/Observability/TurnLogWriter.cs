using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// Writes turn lines to a stream (stdout in Lambda, where CloudWatch Logs reads them), one write per line so
/// lines from concurrent turns never interleave. The buffer and the JSON writer are reused: a line allocates
/// nothing. A closed or failing output loses the line, never the voter's answer.
/// </summary>
public sealed class TurnLogWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Ids and codes only; relaxed escaping just avoids \u-escaping the odd '+' in a dataset version.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly Lock _gate = new();
    private long _lost;

    public TurnLogWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _writer = new Utf8JsonWriter(_line, Options);
    }

    /// <summary>Lines the output refused (closed pipe, full disk).</summary>
    public long LostLines => Interlocked.Read(ref _lost);

    public void Write(in TurnRecord record)
    {
        lock (_gate)
        {
            _line.ResetWrittenCount();
            _writer.Reset(_line);
            TurnLogFormat.Write(_writer, record);
            _writer.Flush();
            _line.Write("\n"u8);
            try
            {
                _output.Write(_line.WrittenSpan);
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
            {
                Interlocked.Increment(ref _lost);
            }
        }
    }

    public void Dispose() => _writer.Dispose();
}
