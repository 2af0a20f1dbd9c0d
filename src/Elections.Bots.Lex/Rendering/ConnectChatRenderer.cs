using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>Amazon Connect chat shows PlainText only: the full text, then the choices as numbered lines to type back.</summary>
public static class ConnectChatRenderer
{
    public static void Render(DialogReply reply, List<LexMessage> messages)
    {
        var choices = ReplyChoices.AsLines(reply, "\n");
        PlainTextMessages.Add(messages, ReplyChoices.TextWithLinks(reply), reserve: choices is null ? 0 : 1);
        PlainTextMessages.Add(messages, choices);
    }
}
