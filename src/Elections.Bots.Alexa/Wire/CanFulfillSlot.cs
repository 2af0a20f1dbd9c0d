namespace Elections.Bots.Alexa.Wire;

/// <summary><c>canUnderstand</c> is YES, NO or MAYBE; <c>canFulfill</c> is YES or NO.</summary>
public sealed record CanFulfillSlot
{
    [JsonPropertyName("canUnderstand")]
    public required string CanUnderstand { get; init; }

    [JsonPropertyName("canFulfill")]
    public required string CanFulfill { get; init; }
}
