namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// A response directive, every type in one flat record. Dialog directives are valid only in answer to an
/// IntentRequest; ElicitSlot and ConfirmIntent need speech, Delegate must not carry any.
/// </summary>
public sealed record Directive
{
    public const string DelegateType = "Dialog.Delegate";
    public const string ElicitSlotType = "Dialog.ElicitSlot";
    public const string ConfirmSlotType = "Dialog.ConfirmSlot";
    public const string ConfirmIntentType = "Dialog.ConfirmIntent";

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("slotToElicit")]
    public string? SlotToElicit { get; init; }

    [JsonPropertyName("slotToConfirm")]
    public string? SlotToConfirm { get; init; }

    /// <summary>The intent to continue (possibly a different one: intent chaining), in the request's Intent shape.</summary>
    [JsonPropertyName("updatedIntent")]
    public Intent? UpdatedIntent { get; init; }
}
