using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Ask;

/// <summary>What <c>ask --json</c> prints: the reply and which facts produced it, for scripts.</summary>
internal sealed record AskResult(
    string Locale,
    string Intent,
    string Outcome,
    string Text,
    string Speech,
    string? ShortText,
    string? FaqId,
    double? FaqScore,
    string? PrecinctId,
    IReadOnlyList<string> LocationIds,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Links,
    string? ElicitSlot,
    bool EndConversation,
    bool HandOff,
    string? DatasetVersion,
    string? Detail)
{
    public static AskResult From(DialogReply reply) => new(
        reply.Locale.ToTag(), reply.Intent, reply.Outcome.ToString(), reply.Text, reply.SpokenText, reply.ShortText,
        reply.Trace.FaqId, reply.Trace.FaqScore, reply.Trace.PrecinctId, reply.Trace.LocationIds,
        [.. reply.Suggestions.Select(s => s.Label)], [.. reply.Links.Select(l => l.Uri)], reply.ElicitSlot,
        reply.EndConversation, reply.HandOff, reply.Trace.DatasetVersion, reply.Trace.Detail);
}
