using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Mapping;

/// <summary>
/// Lex intents carry the engine's names, except Lex's built-in <c>FallbackIntent</c>. Anything else (a built-in
/// we do not use, a renamed intent, garbage) is treated as a fallback so the voter's words still get searched.
/// </summary>
public static class LexIntentNames
{
    public static string ToEngine(string? lexName) =>
        lexName is not null && lexName != IntentNames.Fallback && IntentNames.All.Contains(lexName)
            ? lexName
            : IntentNames.Fallback;

    public static string ToLex(string engineName) =>
        engineName == IntentNames.Fallback ? LexBuiltInIntents.Fallback : engineName;

    /// <summary>Whether the bot model defines this engine intent, so Lex can be told to work on it.</summary>
    public static bool IsKnown(string? engineName) => engineName is not null && IntentNames.All.Contains(engineName);
}
