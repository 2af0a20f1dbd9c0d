namespace Elections.Bots.Core.Dialog;

/// <summary>Where the voter is. The engine uses it only for what to offer (a web button, "press 1"), never for layout.</summary>
public enum Channel
{
    Web,
    Sms,
    ConnectVoice,
    ConnectChat,
    Dtmf,
    Alexa,
}
