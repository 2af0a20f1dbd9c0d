namespace Elections.Bots.Alexa.Rendering;

/// <summary>Alexa's <c>say-as interpret-as="telephone"</c> reads 7- or 10-digit numbers; others are spoken from their words.</summary>
public static class SpokenPhone
{
    public static bool TryDigits(string? value, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrEmpty(value)) return false;
        Span<char> buffer = stackalloc char[11];
        var count = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c)) continue;
            if (count == buffer.Length) return false;
            buffer[count++] = c;
        }
        // A US number written with its country code (1 555 555 0142) is the same 10-digit number.
        var number = count == 11 && buffer[0] == '1' ? buffer[1..count] : buffer[..count];
        if (number.Length is not (7 or 10)) return false;
        digits = number.ToString();
        return true;
    }
}
