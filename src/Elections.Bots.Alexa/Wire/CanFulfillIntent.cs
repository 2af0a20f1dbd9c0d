namespace Elections.Bots.Alexa.Wire;

/// <summary>The answer to a CanFulfillIntentRequest: whether this skill can handle a request Alexa is routing.</summary>
public sealed record CanFulfillIntent
{
    public const string Yes = "YES";
    public const string No = "NO";
    public const string Maybe = "MAYBE";

    [JsonPropertyName("canFulfill")]
    public required string CanFulfill { get; init; }

    [JsonPropertyName("slots")]
    public IReadOnlyDictionary<string, CanFulfillSlot>? Slots { get; init; }
}
