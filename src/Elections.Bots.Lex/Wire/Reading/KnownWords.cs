using System.Text;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>
/// The values a field almost always holds (intent names, states, locale ids, platforms), kept as UTF-8 next to
/// their string: reading one returns the shared string instead of decoding a new one on every event.
/// </summary>
internal sealed class KnownWords(params IEnumerable<string> words)
{
    private readonly (byte[] Utf8, string Text)[] _words =
        [.. words.Distinct(StringComparer.Ordinal).Select(word => (Encoding.UTF8.GetBytes(word), word))];

    public string? Find(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _words)
        {
            if (utf8.SequenceEqual(bytes)) return text;
        }
        return null;
    }
}
