namespace Elections.Bots.Infra.Tests.Support;

/// <summary>A parsed template (long-form intrinsics) with the look-ups the tests need.</summary>
public sealed class CfnTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public JsonObject Resources => Section("Resources");

    public JsonObject Parameters => Section("Parameters");

    public JsonObject Conditions => Section("Conditions");

    public JsonObject Mappings => Section("Mappings");

    public JsonObject Outputs => Section("Outputs");

    public static CfnTemplate Parse(string yaml) => new(CfnYamlReader.Read(yaml));

    public JsonObject Section(string name) => Root[name] as JsonObject ?? [];

    public JsonObject Resource(string logicalId) =>
        Resources[logicalId] as JsonObject ?? throw new InvalidOperationException($"template.yaml has no resource {logicalId}.");

    public IEnumerable<(string Id, JsonObject Resource)> OfType(string type) =>
        Resources.Where(r => r.Value?["Type"]?.GetValue<string>() == type).Select(r => (r.Key, (JsonObject)r.Value!));

    public static JsonObject Properties(JsonObject resource) => resource["Properties"] as JsonObject ?? [];

    /// <summary>A SAM function's property with the template's Globals applied (function values win; maps merge).</summary>
    public JsonNode? FunctionProperty(JsonObject function, params string[] path)
    {
        var own = Walk(Properties(function), path);
        var global = Walk(Root["Globals"]?["Function"], path);
        if (own is JsonObject ownMap && global is JsonObject globalMap)
        {
            var merged = (JsonObject)globalMap.DeepClone();
            foreach (var (key, value) in ownMap) merged[key] = value?.DeepClone();
            return merged;
        }
        return own ?? global;
    }

    /// <summary>The logical id a <c>{"Ref": X}</c> or <c>{"Fn::GetAtt": [X, …]}</c> names, or null for anything else.</summary>
    public static string? Target(JsonNode? node) => node switch
    {
        JsonObject o when o.Count == 1 && o["Ref"] is JsonValue r => r.GetValue<string>(),
        JsonObject o when o.Count == 1 && o["Fn::GetAtt"] is JsonArray a => a[0]?.GetValue<string>(),
        _ => null,
    };

    public static bool IsTrue(JsonNode? node) => node is JsonValue v && string.Equals(v.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Text(JsonNode? node) => node is JsonValue v ? v.ToString() : null;

    private static JsonNode? Walk(JsonNode? node, string[] path)
    {
        foreach (var key in path) node = node?[key];
        return node;
    }
}
