namespace Elections.Bots.Lex.Wire;

/// <summary>An intent as Lex sends it and as the hook returns it.</summary>
public sealed record LexIntent
{
    public string? Name { get; set; }

    /// <summary>Unfilled slots are JSON <c>null</c>; values of an unexpected JSON type read as unfilled.</summary>
    [JsonConverter(typeof(LexSlotMapConverter))]
    public Dictionary<string, LexSlot?>? Slots { get; set; }

    /// <summary><see cref="LexIntentStates"/>.</summary>
    public string? State { get; set; }

    /// <summary><c>Confirmed</c>, <c>Denied</c> or <c>None</c>.</summary>
    public string? ConfirmationState { get; set; }
}
