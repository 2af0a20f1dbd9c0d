namespace Elections.Bots.Lex.Wire;

/// <summary>
/// Session state in both directions. Active contexts and runtime hints are not modelled: the bot uses neither,
/// and echoing values we do not understand could only make a response invalid.
/// </summary>
public sealed record LexSessionState
{
    /// <summary>Strings only (Lex rejects anything else); ours is under <c>eb</c>, the rest belong to the bot or contact flow.</summary>
    [JsonConverter(typeof(LexStringMapConverter))]
    public Dictionary<string, string>? SessionAttributes { get; set; }

    /// <summary>Present on dialog code hooks; missing or null at fulfillment.</summary>
    public LexDialogAction? DialogAction { get; set; }

    public LexIntent? Intent { get; set; }
}
