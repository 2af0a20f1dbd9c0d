using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>
/// Breaks fixture events the ways a fuzzer would: members removed, values of the wrong JSON type, strings cut
/// short or blown up, unknown enum values, and raw bytes that are no longer JSON. Deterministic for a seed.
/// </summary>
internal sealed class EventMutator(int seed)
{
    private static readonly string[] OddStrings = ["", " ", "Unknown", "null", "0", "DTMF", "Connect", "<speak>&", "\u0000\u0001", "🗳️", "es_US", "FallbackIntent", "Retry9"];

    private readonly Random _random = new(seed);

    public byte[] Mutate(JsonObject fixture)
    {
        var root = fixture.DeepClone();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++) MutateOnce(ref root);
        var bytes = Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
        return _random.Next(10) == 0 ? Corrupt(bytes) : bytes;
    }

    private void MutateOnce(ref JsonNode? root)
    {
        var targets = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(root, targets);
        if (targets.Count == 0) return;
        var (parent, name, index) = targets[_random.Next(targets.Count)];
        var current = name is not null ? parent[name] : parent[index];
        var kind = _random.Next(6);
        if (kind == 0)
        {
            if (parent is JsonObject obj) obj.Remove(name!);
            else ((JsonArray)parent).RemoveAt(index);
            return;
        }
        var replacement = kind switch
        {
            1 => WrongType(current),
            2 when current is JsonValue value && value.TryGetValue<string>(out var text) => JsonValue.Create(Resize(text)),
            3 => JsonValue.Create(OddStrings[_random.Next(OddStrings.Length)]),
            4 => JsonValue.Create(_random.NextDouble() * 4 - 2),
            _ => null,
        };
        if (parent is JsonObject target) target[name!] = replacement;
        else ((JsonArray)parent)[index] = replacement;
    }

    private JsonNode? WrongType(JsonNode? current) => current switch
    {
        JsonObject => new JsonArray(1, "two", null),
        JsonArray => new JsonObject { ["unexpected"] = true },
        JsonValue => _random.Next(2) == 0 ? new JsonObject() : JsonValue.Create(_random.Next(2) == 0),
        _ => JsonValue.Create("was null"),
    };

    private string Resize(string text) => _random.Next(3) switch
    {
        0 => text[.._random.Next(text.Length + 1)],
        1 => Cap(string.Concat(Enumerable.Repeat(text.Length == 0 ? "x" : text, _random.Next(2, 60)))),
        _ => new string('é', _random.Next(500, 20_000)),
    };

    /// <summary>Big enough to break every limit, small enough that most events stay under the function's input cap.</summary>
    private static string Cap(string text) => text.Length <= 150_000 ? text : text[..150_000];

    private byte[] Corrupt(byte[] bytes)
    {
        if (bytes.Length == 0) return [(byte)'{'];
        return _random.Next(3) switch
        {
            0 => bytes[.._random.Next(bytes.Length)],
            1 => [.. bytes, (byte)'}', (byte)','],
            _ => Flip(bytes),
        };
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private static void Collect(JsonNode? node, List<(JsonNode, string?, int)> targets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    targets.Add((obj, name, -1));
                    Collect(child, targets);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    targets.Add((array, null, i));
                    Collect(array[i], targets);
                }
                break;
        }
    }
}
