namespace Elections.Bots.Cli.Serve.Api;

/// <param name="Reprompt">Said when the voter stays silent with the microphone open.</param>
internal sealed record AlexaPreview(string? Ssml, string? Reprompt, AlexaCardView? Card, bool EndsSession);
