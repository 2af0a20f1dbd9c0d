namespace Elections.Bots.Cli.Serve.Api;

/// <summary>Amazon Connect's messages: one <c>&lt;speak&gt;</c> document each, in the order they are played.</summary>
internal sealed record VoicePreview(IReadOnlyList<string> Ssml);
