using System.Text;
using System.Text.Json;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>A POST the function made to the loopback Runtime API.</summary>
internal sealed record RuntimePost(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public bool IsResponseTo(string requestId) => Path.EndsWith($"/invocation/{requestId}/response", StringComparison.Ordinal);

    public bool IsErrorFor(string requestId) => Path.EndsWith($"/invocation/{requestId}/error", StringComparison.Ordinal);

    public bool IsInitError => Path.EndsWith("/runtime/init/error", StringComparison.Ordinal);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonDocument Json() => JsonDocument.Parse(Body);
}
