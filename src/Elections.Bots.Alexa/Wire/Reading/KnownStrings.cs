using System.Text;

namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>
/// The values a field almost always holds (request types, locales, intent and slot names, statuses), kept as
/// UTF-8 next to their string. Reading such a field returns the shared string instead of decoding and
/// allocating a new one on every request; anything else is decoded as usual.
/// </summary>
internal sealed class KnownStrings
{
    private readonly (byte[] Utf8, string Text)[] _values;

    public KnownStrings(IEnumerable<string> values) =>
        _values = [.. values.Distinct(StringComparer.Ordinal).Select(v => (Encoding.UTF8.GetBytes(v), v))];

    public string? Find(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, text) in _values)
        {
            if (utf8.SequenceEqual(bytes)) return text;
        }
        return null;
    }
}
