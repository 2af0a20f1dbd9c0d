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

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, RuntimeJsonContext.Default.ErrorReport);
}
