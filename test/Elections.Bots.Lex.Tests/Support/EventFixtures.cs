using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>The Events/*.json fixtures, read with the function's own serializer.</summary>
internal static class EventFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Events");

    public static IEnumerable<string> Names =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name + ".json"));

    public static LexEvent Event(string name) =>
        LexJson.ReadEvent(Bytes(name)) ?? throw new InvalidOperationException(name + " is empty");

    /// <summary>A fixture as a mutable tree, for tests that change one field.</summary>
    public static JsonObject Node(string name) => JsonNode.Parse(Bytes(name))!.AsObject();

    public static byte[] ToBytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);
}
