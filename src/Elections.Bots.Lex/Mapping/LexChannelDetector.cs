using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Mapping;

/// <summary>
/// Which channel the voter is on, from the platform request attribute and the input mode. The Lex web UI and
/// Pinpoint two-way SMS set no platform, so a client may name its channel in the <see cref="HintAttribute"/>
/// session attribute (<c>sms</c>, <c>web</c>, <c>chat</c>, <c>voice</c>).
/// </summary>
public static class LexChannelDetector
{
    public const string HintAttribute = "ebChannel";

    public static Channel Detect(LexEvent lexEvent)
    {
        var inputMode = lexEvent.InputMode;
        if (inputMode == LexInputModes.Dtmf) return Channel.Dtmf;

        var platform = lexEvent.RequestAttributes?.GetValueOrDefault(LexPlatforms.AttributeName);
        return platform switch
        {
            LexPlatforms.Connect or LexPlatforms.ChimePstnAudio => Channel.ConnectVoice,
            LexPlatforms.ConnectChat => Channel.ConnectChat,
            LexPlatforms.Twilio => Channel.Sms,
            LexPlatforms.Facebook or LexPlatforms.Slack => Channel.Web,
            null => FromHint(lexEvent.SessionState?.SessionAttributes?.GetValueOrDefault(HintAttribute)),
            // A platform we do not know: voice if spoken, otherwise plain text, which every platform shows.
            _ => inputMode == LexInputModes.Speech ? Channel.ConnectVoice : Channel.ConnectChat,
        };
    }

    private static Channel FromHint(string? hint) => hint switch
    {
        "sms" => Channel.Sms,
        "chat" => Channel.ConnectChat,
        "voice" => Channel.ConnectVoice,
        _ => Channel.Web,
    };
}
