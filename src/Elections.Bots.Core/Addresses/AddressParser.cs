namespace Elections.Bots.Core.Addresses;

/// <summary>Reads free text ("12 Oak St, Millbrook 99961") into a <see cref="ParsedAddress"/>.</summary>
public static class AddressParser
{
    public static bool TryParse(string? text, out ParsedAddress address)
    {
        address = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var tokens = text.Replace(",", " ", StringComparison.Ordinal).ToUpperInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || !int.TryParse(tokens[0], out var number)) return false;
        address = new ParsedAddress(number, null, null, null, tokens[1], null, null, null, null, null, null);
        return true;
    }
}
