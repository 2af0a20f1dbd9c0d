using System.Text;
using System.Text.Json.Nodes;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>The request fixtures under Events/, read with the serializer the function uses.</summary>
internal static class Fixtures
{
    public const string SkillId = "amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Events");

    public static IEnumerable<string> All => System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).Order()!;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static RequestEnvelope Read(string name) =>
        AlexaJson.ReadRequest(Bytes(name)) ?? throw new InvalidOperationException(name + " read as null");

    /// <summary>A fixture with a change applied, for cases one field away from a stored one.</summary>
    public static byte[] Edit(string name, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(Bytes(name))!.AsObject();
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
