using System.Text;
using System.Text.Json.Nodes;
using Elections.Bots.Core.Observability;

namespace Elections.Bots.Core.Tests.Observability;

/// <summary>A turn log on a memory stream, read back line by line as the CloudWatch agent would.</summary>
internal sealed class TurnLines : IDisposable
{
    private readonly MemoryStream _stream = new();

    public TurnLines() => Writer = new TurnLogWriter(_stream);

    public TurnLogWriter Writer { get; }

    public string Text => Encoding.UTF8.GetString(_stream.ToArray());

    public IReadOnlyList<JsonObject> Lines =>
        [.. Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    public JsonObject Single() => Assert.Single(Lines);

    public void Dispose()
    {
        Writer.Dispose();
        _stream.Dispose();
    }
}
