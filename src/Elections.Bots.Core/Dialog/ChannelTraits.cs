namespace Elections.Bots.Core.Dialog;

public static class ChannelTraits
{
    /// <summary>The voter hears the answer rather than reading it.</summary>
    public static bool IsVoice(this Channel channel) => channel is Channel.ConnectVoice or Channel.Dtmf or Channel.Alexa;

    /// <summary>The channel reads numbered choices out itself ("For early voting, press 2"), after the speech.</summary>
    public static bool SaysChoiceKeys(this Channel channel) => channel is Channel.ConnectVoice or Channel.Dtmf;

    /// <summary>Alexa reads this many follow-ups in its reprompt ("You can ask about A, B, or C"), and no more.</summary>
    public const int AlexaSpokenFollowUps = 3;

    /// <summary>
    /// How many of a reply's numbered choices the voter can know about: every one on screens and on the phone
    /// (buttons, "press 4"), only those Alexa read out on Alexa. "Four" must not pick a choice nobody heard.
    /// </summary>
    public static int ChoicesHeard(this Channel channel) => channel == Channel.Alexa ? AlexaSpokenFollowUps : int.MaxValue;
}
