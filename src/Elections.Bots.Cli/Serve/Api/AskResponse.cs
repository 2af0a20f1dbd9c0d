namespace Elections.Bots.Cli.Serve.Api;

/// <param name="Session">The conversation's state, encoded as the channels carry it; send it back with the next turn.</param>
/// <param name="AnsweredAt">The local time the answer is for, ISO 8601 with offset.</param>
internal sealed record AskResponse(ReplyView Reply, string Session, ChannelRenderings Channels, TraceView Trace, string AnsweredAt);
