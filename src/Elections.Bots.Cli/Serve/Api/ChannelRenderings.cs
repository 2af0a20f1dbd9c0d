namespace Elections.Bots.Cli.Serve.Api;

/// <summary>One reply as each channel's real renderer shapes it.</summary>
internal sealed record ChannelRenderings(WebPreview Web, SmsPreview Sms, AlexaPreview Alexa, VoicePreview ConnectVoice);
