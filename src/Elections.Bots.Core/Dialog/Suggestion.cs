namespace Elections.Bots.Core.Dialog;

/// <summary>
/// A follow-up the voter can pick: a web button, an SMS hint, or "press N" on the phone.
/// <see cref="Value"/> is what the channel sends back when it is picked (the engine understands it as typed text).
/// </summary>
public sealed record Suggestion(string Label, string Value);
