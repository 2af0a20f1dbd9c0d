namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// Only the permissions are read. The user id (<c>amzn1.ask.account.…</c>) identifies a voter across sessions;
/// the skill has no use for it, so it is never even held in memory.
/// </summary>
public sealed record User
{
    [JsonPropertyName("permissions")]
    public Permissions? Permissions { get; set; }
}
