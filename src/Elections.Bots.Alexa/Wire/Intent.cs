namespace Elections.Bots.Alexa.Wire;

/// <summary>An intent as Alexa sends it, and as <c>updatedIntent</c> in dialog directives sends it back.</summary>
public sealed record Intent
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary><c>NONE</c>, <c>DENIED</c> or <c>CONFIRMED</c> (see <see cref="ConfirmationStatuses"/>).</summary>
    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; set; }

    [JsonPropertyName("slots")]
    public Dictionary<string, Slot?>? Slots { get; set; }
}
