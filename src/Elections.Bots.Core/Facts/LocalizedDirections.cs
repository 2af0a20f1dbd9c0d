namespace Elections.Bots.Core.Facts;

/// <summary>A place's directions for one answer.</summary>
/// <param name="IsEnglishOnly">True when a Spanish answer has only the feed's English text: shown labelled, not spoken.</param>
public readonly record struct LocalizedDirections(string Text, bool IsEnglishOnly);
