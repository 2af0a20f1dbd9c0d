namespace Elections.Bots.Lex.Wire;

/// <summary>
/// How the function reads its events: by hand, in one forward pass (the per-turn hot path), to the very records
/// <see cref="LexJsonContext"/> builds, which stays the reference it is tested against. Tests load their fixtures
/// through here too.
/// </summary>
public static class LexJson
{
    /// <summary>The event, or null for JSON <c>null</c>.</summary>
    /// <exception cref="System.Text.Json.JsonException">Not JSON, or a member holds a value of the wrong type.</exception>
    /// <exception cref="InvalidOperationException">A string escapes a lone surrogate.</exception>
    public static LexEvent? ReadEvent(ReadOnlySpan<byte> utf8) => Reading.LexEventJsonReader.Read(utf8);
}
