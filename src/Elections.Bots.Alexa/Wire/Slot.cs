namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// One slot. <see cref="Value"/> is absent when the voter did not fill it. Newer requests repeat the value in
/// <see cref="SlotValue"/>, which is read only when <see cref="Value"/> is missing.
/// </summary>
public sealed record Slot
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; set; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions { get; set; }

    [JsonPropertyName("slotValue")]
    public SlotValue? SlotValue { get; set; }
}
