using Elections.Bots.Core.Json;

namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>
/// The skill id: every request names the same one, so the last one read is kept and returned again while it
/// matches. The pair is swapped as one reference, so a thread never sees one id's bytes with another's text.
/// </summary>
internal static class SkillIdReader
{
    private static RecentText? _last;

    public static string? Read(ref Utf8JsonReader reader)
    {
        var last = _last;
        if (last is not null && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && reader.ValueSpan.SequenceEqual(last.Utf8))
        {
            return last.Text;
        }
        var text = JsonTokens.String(ref reader);
        if (text is { Length: <= 128 }) _last = new RecentText(System.Text.Encoding.UTF8.GetBytes(text), text);
        return text;
    }

    private sealed record RecentText(byte[] Utf8, string Text);
}
