using System.Text.Json;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>Reads a response body back with the function's serializer, for assertions on its members.</summary>
internal static class LexResponses
{
    public static LexResponse Parse(byte[] body) =>
        JsonSerializer.Deserialize(body, LexJsonContext.Default.LexResponse) ?? throw new InvalidOperationException("empty response");

    public static LexError ParseError(byte[] body) =>
        JsonSerializer.Deserialize(body, LexJsonContext.Default.LexError) ?? throw new InvalidOperationException("empty error");

    public static string AllContent(LexResponse response) =>
        string.Join("\n", (response.Messages ?? []).Select(m => m.Content ?? m.ImageResponseCard?.Title ?? string.Empty));

    public static string? Attribute(LexResponse response, string name) =>
        response.SessionState.SessionAttributes?.GetValueOrDefault(name);
}
