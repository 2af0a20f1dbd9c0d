namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// The session attributes we returned last turn. Only our one attribute is read; anything else in the object
/// is skipped, and a non-string value under our name reads as "no state" instead of failing the request.
/// </summary>
public sealed record SessionAttributes
{
    [JsonPropertyName(Core.Dialog.SessionStateCodec.AttributeName)]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? State { get; set; }
}
