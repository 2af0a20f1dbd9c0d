using System.Text.Json.Serialization;

namespace Elections.Bots.Lambda.Runtime;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorReport))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
