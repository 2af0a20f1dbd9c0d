using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Serve.Api;

/// <summary>The engine's reply before any channel shaped it.</summary>
internal sealed record ReplyView(
    string Locale,
    string Intent,
    string Outcome,
    string? Title,
    string Text,
    string? ShortText,
    string Speech,
    IReadOnlyList<ReplyLink> Links,
    IReadOnlyList<Suggestion> Suggestions,
    string? ElicitSlot,
    bool EndConversation,
    bool HandOff)
{
    public static ReplyView From(DialogReply reply) => new(
        reply.Locale.ToTag(), reply.Intent, reply.Outcome.ToString(), reply.Title, reply.Text, reply.ShortText,
        reply.SpokenText, reply.Links, reply.Suggestions, reply.ElicitSlot, reply.EndConversation, reply.HandOff);
}
