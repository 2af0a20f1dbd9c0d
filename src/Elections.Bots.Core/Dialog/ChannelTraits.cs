namespace Elections.Bots.Core.Dialog;

public static class ChannelTraits
{
    /// <summary>The voter hears the answer rather than reading it.</summary>
    public static bool IsVoice(this Channel channel) => channel is Channel.ConnectVoice or Channel.Dtmf or Channel.Alexa;

    /// <summary>The channel reads numbered choices out itself ("For early voting, press 2"), after the speech.</summary>
    public static bool SaysChoiceKeys(this Channel channel) => channel is Channel.ConnectVoice or Channel.Dtmf;
}
