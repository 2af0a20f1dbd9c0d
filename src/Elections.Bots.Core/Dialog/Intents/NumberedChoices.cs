using System.Globalization;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog.Intents;

/// <summary>
/// Offers numbered choices: a numbered list on screens, "Say 1 for …, 2 for …, or 3 for …" by voice (a voter who
/// only hears the choices must hear their numbers to pick one), and the buttons that send the number back. Channels
/// that read the keys out themselves ("For …, press 1") hear only the lead.
/// </summary>
internal static class NumberedChoices
{
    public static void Offer(ReplyBuilder reply, Channel channel, string lead, IReadOnlyList<(string Label, string Target)> choices)
    {
        reply.Write(lead + ":").Speak(lead + ".");
        var spoken = !channel.SaysChoiceKeys();
        if (spoken) reply.Speak(reply.T(" Say ", " Diga "));
        for (var i = 0; i < choices.Count; i++)
        {
            var (label, target) = choices[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            reply.Write($"\n{number}. {label}");
            if (spoken)
            {
                var separator = i == 0 ? "" : i == choices.Count - 1 ? reply.T(", or ", ", o ") : ", ";
                reply.Speak(separator + number + reply.T(" for ", " para ") + label.AsSpan().Trim("¿?¡!.").ToString());
            }
            reply.Suggest(label, number, target);
        }
        if (spoken) reply.Speak(".");
    }
}
