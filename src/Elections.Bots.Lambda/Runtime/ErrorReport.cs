using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Bots.Lambda.Runtime;

/// <summary>The Runtime API's error document, posted to <c>/error</c> and <c>/init/error</c>.</summary>
public sealed record ErrorReport(string ErrorType, string ErrorMessage, IReadOnlyList<string>? StackTrace = null)
{
    public static ErrorReport From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var lines = exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ErrorReport(ErrorTypes.UnhandledPrefix + exception.GetType().Name, exception.Message, lines);
    }

    /// <summary>Read by people in the console and in CloudWatch: quotes and accents are written as they are.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, this, RuntimeJsonContext.Default.ErrorReport);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
