namespace Elections.Bots.Cli.Serve.Api;

/// <summary>POST <c>/api/ask</c>: one turn of the page's conversation.</summary>
/// <param name="Question">What the voter typed; empty starts the conversation with the welcome.</param>
/// <param name="Locale">en-US or es-US: the language chosen on the page. Default: the server's <c>--locale</c>.</param>
/// <param name="Session">The <see cref="AskResponse.Session"/> of the previous turn, sent back unchanged.</param>
/// <param name="Now">Answer as if it were this local time (2027-03-09T07:30). Default: the server's clock.</param>
internal sealed record AskRequest(string? Question, string? Locale, string? Session, string? Now);
