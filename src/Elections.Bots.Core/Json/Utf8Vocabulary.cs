using System.Text;

namespace Elections.Bots.Core.Json;

/// <summary>
/// The values a wire field almost always holds (intent names, states, locale tags), kept as UTF-8 next to their
/// string: a reader that meets one returns the shared string instead of decoding a new one on every turn.
/// </summary>
public sealed class Utf8Vocabulary(params IEnumerable<string> words)
{
    private readonly (byte[] Utf8, string Text)[] _words =
        [.. words.Distinct(StringComparer.Ordinal).Select(word => (Encoding.UTF8.GetBytes(word), word))];

    /// <summary>The shared string spelled by <paramref name="utf8"/> (unescaped UTF-8), or null when it is none of them.</summary>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _words)
        {
            if (utf8.SequenceEqual(bytes)) return text;
        }
        return null;
    }
}
