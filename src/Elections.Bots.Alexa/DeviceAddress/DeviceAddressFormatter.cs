namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>Turns the API's address into the one line a voter would say: street, then town or ZIP.</summary>
public static class DeviceAddressFormatter
{
    private const int MaxFieldLength = 100;

    /// <summary>Null when the address cannot locate a voter: no street line, or neither a town nor a ZIP code.</summary>
    public static string? Compose(DeviceAddressBody? body)
    {
        if (body is null || Clean(body.AddressLine1) is not { } street) return null;
        var city = Clean(body.City);
        var zip = Clean(body.PostalCode);
        if (city is null && zip is null) return null;
        // Lines 2 and 3 hold the apartment or suite; the building decides the polling place, so they are left out.
        var region = string.Join(' ', new[] { Clean(body.StateOrRegion), zip }.Where(p => p is not null));
        return string.Join(", ", new[] { street, city, region.Length == 0 ? null : region }.Where(p => p is not null));
    }

    private static string? Clean(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return null;
        var trimmed = field.Trim();
        return trimmed.Length <= MaxFieldLength ? trimmed : trimmed[..MaxFieldLength];
    }
}
