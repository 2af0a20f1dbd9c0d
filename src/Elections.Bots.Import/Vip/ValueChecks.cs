using System.Globalization;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Vip;

/// <summary>Format checks of VIP's validator on single cells: emails, ZIP codes, links, FIPS codes, coordinates.</summary>
internal static class ValueChecks
{
    /// <summary>State and territory FIPS codes (01–56 with gaps, DC 11, and the territories).</summary>
    private static readonly FrozenSet<string> StateFips = new[]
    {
        "01", "02", "04", "05", "06", "08", "09", "10", "11", "12", "13", "15", "16", "17", "18", "19", "20", "21", "22",
        "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41",
        "42", "44", "45", "46", "47", "48", "49", "50", "51", "53", "54", "55", "56", "60", "66", "69", "72", "78",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>VIP's own rule is <c>.+@.+\..+</c>; a space also makes an address unusable.</summary>
    public static void Email(CsvRow row, string column)
    {
        if (row.Get(column) is not { } value) return;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && value.IndexOf('.', at) is var dot and > 0 && dot > at + 1 && dot < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);
        if (!valid) row.ReportError(column, FindingCodes.InvalidEmail, $"'{value}' is not an email address; write it like elections@county.gov");
    }

    /// <summary>Five digits or ZIP+4 (with or without the hyphen).</summary>
    public static void Zip(CsvRow row, string column)
    {
        if (row.Get(column) is not { } value) return;
        var digits = value.Replace("-", string.Empty, StringComparison.Ordinal);
        var valid = digits.All(char.IsAsciiDigit) && (digits.Length == 5 || digits.Length == 9) &&
                    (!value.Contains('-', StringComparison.Ordinal) || value.IndexOf('-', StringComparison.Ordinal) == 5);
        if (!valid) row.ReportError(column, FindingCodes.InvalidZip, $"'{value}' is not a ZIP code; write 5 digits or ZIP+4 like 22901-1234");
    }

    public static void Uri(CsvRow row, params ReadOnlySpan<string> columnAndAliases)
    {
        if (row.Get(columnAndAliases) is not { } value) return;
        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return;
        row.ReportWarning(columnAndAliases[0], FindingCodes.UriWithoutScheme,
            $"'{value}' does not start with https:// so chat and text links may not open; write the full address");
    }

    public static void Fips(CsvRow row, string column)
    {
        if (row.Get(column) is not { } value) return;
        if (!value.All(char.IsAsciiDigit) || value.Length is not (2 or 5))
        {
            row.ReportError(column, FindingCodes.InvalidFips, $"'{value}' is not a FIPS code; write the 2-digit state or 5-digit county code (for example 51 or 51003)");
        }
        else if (!StateFips.Contains(value[..2]))
        {
            row.ReportWarning(column, FindingCodes.UnknownFips, $"'{value}' does not start with a US state or territory FIPS code; VIP will reject it (fine for test data)");
        }
    }

    public static void StateCode(CsvRow row, string column)
    {
        if (row.Get(column) is not { } value) return;
        if (value.Length != 2 || !value.All(char.IsAsciiLetter))
        {
            row.ReportError(column, FindingCodes.InvalidState, $"'{value}' is not a two-letter state code; write it like VA");
        }
    }

    /// <summary>Coordinates are not said to voters, so problems are warnings; a US site is west of Greenwich.</summary>
    public static void LatLng(CsvRow row)
    {
        var latitude = row.Get("latitude");
        var longitude = row.Get("longitude");
        if (latitude is null && longitude is null) return;
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90 ||
            !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) || lng is < -180 or > 180)
        {
            row.ReportWarning(latitude is null ? "latitude" : "longitude", FindingCodes.InvalidLatLng,
                $"latitude '{latitude}' and longitude '{longitude}' are not both decimal degrees; give both or neither");
        }
        else if (lng > 0 && lat > 0)
        {
            row.ReportWarning("longitude", FindingCodes.InvalidLatLng,
                $"longitude {longitude} is east of Greenwich; US places have negative longitudes — check the sign");
        }
    }
}
