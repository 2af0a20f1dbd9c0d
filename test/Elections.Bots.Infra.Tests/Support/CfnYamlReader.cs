using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Bots.Infra.Tests.Support;

/// <summary>
/// Reads a CloudFormation YAML template into a JSON tree, turning the short-form tags into the long forms
/// CloudFormation itself uses (<c>!Ref X</c> → <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> → <c>{"Fn::GetAtt": ["A", "B"]}</c>,
/// <c>!Sub s</c> → <c>{"Fn::Sub": "s"}</c>…). Scalars stay strings, as written. A tag CloudFormation does not know
/// is an error naming its line.
/// </summary>
public static class CfnYamlReader
{
    /// <summary>Short-form tag → the long-form key it stands for.</summary>
    public static readonly FrozenDictionary<string, string> Intrinsics = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["!Ref"] = "Ref",
        ["!Condition"] = "Condition",
        ["!GetAtt"] = "Fn::GetAtt",
        ["!Sub"] = "Fn::Sub",
        ["!Join"] = "Fn::Join",
        ["!If"] = "Fn::If",
        ["!Equals"] = "Fn::Equals",
        ["!Not"] = "Fn::Not",
        ["!And"] = "Fn::And",
        ["!Or"] = "Fn::Or",
        ["!Select"] = "Fn::Select",
        ["!Split"] = "Fn::Split",
        ["!FindInMap"] = "Fn::FindInMap",
        ["!ImportValue"] = "Fn::ImportValue",
        ["!Base64"] = "Fn::Base64",
        ["!GetAZs"] = "Fn::GetAZs",
        ["!Cidr"] = "Fn::Cidr",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static JsonObject Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1 || Convert(stream.Documents[0].RootNode) is not JsonObject root)
        {
            throw new InvalidDataException("A template is one YAML document whose root is a mapping.");
        }
        return root;
    }

    private static JsonNode? Convert(YamlNode node)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        var plain = tag is null or "!" || tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal);
        JsonNode value = node switch
        {
            YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
            YamlMappingNode mapping => ToObject(mapping),
            _ => throw new InvalidDataException($"Line {node.Start.Line}: YAML aliases are not used in templates."),
        };
        if (plain) return value;
        if (!Intrinsics.TryGetValue(tag!, out var function))
        {
            throw new InvalidDataException($"Line {node.Start.Line}: {tag} is not a CloudFormation intrinsic function.");
        }
        // !GetAtt Resource.Attribute is the only short form whose scalar splits into a list.
        if (function == "Fn::GetAtt" && node is YamlScalarNode getAtt)
        {
            var dot = getAtt.Value!.IndexOf('.', StringComparison.Ordinal);
            value = dot < 0
                ? new JsonArray(getAtt.Value, "")
                : new JsonArray(getAtt.Value[..dot], getAtt.Value[(dot + 1)..]);
        }
        return new JsonObject { [function] = value };
    }

    private static JsonObject ToObject(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, child) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (result.ContainsKey(name))
            {
                throw new InvalidDataException($"Line {key.Start.Line}: the key {name} appears twice in one mapping.");
            }
            result[name] = Convert(child);
        }
        return result;
    }
}
