namespace Elections.Bots.Core.BotModel;

/// <summary>
/// The engine's intent names. Lex intents and Alexa intents carry these same names (Alexa built-ins are mapped
/// by the Alexa adapter), so an intent means one thing on every channel.
/// </summary>
public static class IntentNames
{
    public const string Welcome = "Welcome";
    public const string NextElection = "NextElection";
    public const string ElectionHours = "ElectionHours";
    public const string RegistrationDeadline = "RegistrationDeadline";
    public const string RegistrationStatus = "RegistrationStatus";
    public const string PollingPlace = "PollingPlace";
    public const string EarlyVoting = "EarlyVoting";
    public const string MailBallot = "MailBallot";
    public const string DropBoxes = "DropBoxes";
    public const string ContactOffice = "ContactOffice";
    public const string AskQuestion = "AskQuestion";
    public const string HandOff = "HandOff";
    public const string ChangeLanguage = "ChangeLanguage";
    public const string Help = "Help";
    public const string Stop = "Stop";
    public const string Cancel = "Cancel";
    public const string Fallback = "Fallback";

    /// <summary>A pick among the numbered choices offered last turn ("two", "number 2"); Alexa's only way to hear a bare number.</summary>
    public const string Choice = "Choice";

    public static readonly ImmutableArray<string> All =
    [
        Welcome, NextElection, ElectionHours, RegistrationDeadline, RegistrationStatus, PollingPlace, EarlyVoting,
        MailBallot, DropBoxes, ContactOffice, AskQuestion, HandOff, ChangeLanguage, Help, Stop, Cancel, Fallback, Choice,
    ];

    /// <summary>Intents that answer from where the voter lives.</summary>
    public static bool UsesAddress(string intent) => intent is PollingPlace or EarlyVoting or DropBoxes;
}
