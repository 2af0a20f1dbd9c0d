namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// One slot. <see cref="Value"/> is absent when the voter did not fill it. Newer requests repeat the value in
/// <see cref="SlotValue"/>, which is read only when <see cref="Value"/> is missing.
/// </summary>
public sealed record Slot
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; init; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions { get; init; }

    [JsonPropertyName("slotValue")]
    public SlotValue? SlotValue { get; init; }
}
