namespace Elections.Bots.Alexa.Mapping;

/// <summary>The Amazon built-in intents the skill's interaction model includes.</summary>
public static class BuiltInIntents
{
    public const string Help = "AMAZON.HelpIntent";
    public const string Stop = "AMAZON.StopIntent";
    public const string Cancel = "AMAZON.CancelIntent";
    public const string Fallback = "AMAZON.FallbackIntent";
    public const string NavigateHome = "AMAZON.NavigateHomeIntent";
}
