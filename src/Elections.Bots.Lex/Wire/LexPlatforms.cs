namespace Elections.Bots.Lex.Wire;

/// <summary>
/// Values of the <see cref="AttributeName"/> request attribute that Lex V2 channel integrations set. The Lex
/// console, SDK calls and the Lex web UI set none.
/// </summary>
public static class LexPlatforms
{
    public const string AttributeName = "x-amz-lex:channels:platform";

    public const string Connect = "Connect";
    public const string ConnectChat = "Connect Chat";
    public const string Twilio = "Twilio";
    public const string Facebook = "Facebook";
    public const string Slack = "Slack";
    public const string ChimePstnAudio = "Amazon Chime SDK PSTN Audio";
    public const string GenesysCloud = "Genesys Cloud";
}
