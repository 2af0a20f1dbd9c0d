using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Alexa.Mapping;

/// <summary>
/// Alexa intent names to engine intents. Our own intents carry the engine's names in the interaction model, so
/// they map to themselves; the Amazon built-ins map to their engine counterparts; anything else (an intent
/// added to the model but not to the engine, a mutated name) is the engine's Fallback.
/// </summary>
public static class IntentMap
{
    private static readonly FrozenDictionary<string, string> Map = BuildMap();

    /// <summary>
    /// Intents that Alexa may route to the skill from outside it (CanFulfillIntentRequest candidates). A bare
    /// number (Choice) means something only inside a conversation that offered choices.
    /// </summary>
    public static readonly FrozenSet<string> Fulfillable = IntentNames.All
        .Except([IntentNames.Welcome, IntentNames.Help, IntentNames.Stop, IntentNames.Cancel, IntentNames.Fallback, IntentNames.Choice])
        .ToFrozenSet(StringComparer.Ordinal);

    public static string ToEngineIntent(string? alexaIntent) =>
        alexaIntent is not null && Map.TryGetValue(alexaIntent, out var intent) ? intent : IntentNames.Fallback;

    private static FrozenDictionary<string, string> BuildMap()
    {
        var map = IntentNames.All.ToDictionary(name => name, name => name, StringComparer.Ordinal);
        map[BuiltInIntents.Help] = IntentNames.Help;
        map[BuiltInIntents.Stop] = IntentNames.Stop;
        map[BuiltInIntents.Cancel] = IntentNames.Cancel;
        map[BuiltInIntents.Fallback] = IntentNames.Fallback;
        // "Alexa, go home" leaves the skill on screen devices: for the conversation that is a Stop.
        map[BuiltInIntents.NavigateHome] = IntentNames.Stop;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
