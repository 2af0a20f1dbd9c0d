namespace Elections.Bots.Lex;

/// <param name="FallbackPhone">The office's phone, said in the adapter's own apology when the engine cannot be reached or the event cannot be read.</param>
/// <param name="MinimumConfidence">Below this NLU confidence an intent is not trusted and the voter's words go to FAQ search instead.</param>
public sealed record LexOptions(string? FallbackPhone, double MinimumConfidence = 0.4);
