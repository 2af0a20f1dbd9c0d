using Elections.Bots.Alexa.DeviceAddress;

namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// Source-generated serialization for everything on the Alexa wire (AOT-safe: no reflection): the reference
/// the hand-written request reader and response writer are held to. Use it through <see cref="AlexaJson"/>,
/// which adds the encoder the responses need.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RequestEnvelope))]
[JsonSerializable(typeof(ResponseEnvelope))]
[JsonSerializable(typeof(DeviceAddressBody))]
[JsonSerializable(typeof(RefusalBody))]
public sealed partial class AlexaJsonContext : JsonSerializerContext;
