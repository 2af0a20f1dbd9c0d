namespace Elections.Bots.Alexa.Wire;

public static class ConfirmationStatuses
{
    public const string None = "NONE";
    public const string Denied = "DENIED";
    public const string Confirmed = "CONFIRMED";
}
