using System.Text;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// Shows a reply in the shape a channel gives it: screen text with buttons and links, a text message, or what a
/// voice channel says.
/// </summary>
internal static class ChannelPreview
{
    public static string Render(DialogReply reply, Channel channel)
    {
        var output = new StringBuilder();
        switch (channel)
        {
            case Channel.Sms:
                output.AppendLine(reply.ShortText ?? reply.Text);
                break;
            case Channel.ConnectVoice or Channel.Dtmf or Channel.Alexa:
                output.Append("(speaks) ").AppendLine(reply.SpokenText);
                for (var i = 0; i < reply.Suggestions.Length && channel != Channel.Alexa; i++)
                {
                    output.AppendLine($"  press {i + 1}: {reply.Suggestions[i].Label}");
                }
                break;
            default:
                if (reply.Title is { } title) output.AppendLine($"[{title}]");
                output.AppendLine(reply.Text);
                foreach (var link in reply.Links) output.AppendLine($"  {link.Title}: {link.Uri}");
                if (!reply.Suggestions.IsEmpty)
                {
                    output.AppendLine("  " + string.Join("  ", reply.Suggestions.Select((s, i) => $"[{i + 1}] {s.Label}")));
                }
                break;
        }
        return output.ToString().TrimEnd();
    }
}
