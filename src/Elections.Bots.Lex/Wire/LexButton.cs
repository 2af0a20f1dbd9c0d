namespace Elections.Bots.Lex.Wire;

/// <summary>Text and value are each 1–50 characters; the value comes back as the voter's next input.</summary>
public sealed record LexButton(string Text, string Value);
