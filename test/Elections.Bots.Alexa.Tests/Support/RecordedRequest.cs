namespace Elections.Bots.Alexa.Tests.Support;

internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Accept);
