namespace Elections.Bots.Alexa.Wire;

/// <summary>The <c>request.type</c> values this skill acts on; any other type gets an empty response.</summary>
public static class RequestTypes
{
    public const string Launch = "LaunchRequest";
    public const string Intent = "IntentRequest";
    public const string SessionEnded = "SessionEndedRequest";
    public const string CanFulfillIntent = "CanFulfillIntentRequest";
    public const string ExceptionEncountered = "System.ExceptionEncountered";
}
