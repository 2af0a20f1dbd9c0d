using System.Runtime.CompilerServices;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// A voter's address split into USPS Publication 28 parts, upper case with standard abbreviations
/// ("401 North Main Street" → 401, N, MAIN, ST). Lives only for the turn; never logged.
/// </summary>
/// <param name="HouseNumberSuffix">"A" in 22A, "1/2" in 22 1/2, "45" in the hyphenated 123-45.</param>
/// <param name="Unit">The unit's value without its designator: "4B" for "Apt 4B", "#4B" or "Unit 4B"; "REAR".</param>
/// <param name="City">Normalized like <see cref="StreetSegmentNormalizer.NormalizeCity"/>; null when not given.</param>
/// <param name="State">A two-letter code, or null.</param>
/// <param name="Zip">Five digits (ZIP+4 is cut), or null.</param>
public sealed record ParsedAddress(
    int? HouseNumber,
    string? HouseNumberPrefix,
    string? HouseNumberSuffix,
    string? PreDirectional,
    string StreetName,
    string? StreetSuffix,
    string? PostDirectional,
    string? Unit,
    string? City,
    string? State,
    string? Zip)
{
    /// <summary>"N MAIN ST", "HARBOR RD NE".</summary>
    public string StreetLine => AddressText.Join(PreDirectional, StreetName, StreetSuffix, PostDirectional);

    /// <summary>
    /// The address as one line of Publication 28 text ("401 N MAIN ST # 3, MILLBROOK, NL 99961") that
    /// <see cref="AddressParser"/> reads back to an equal address: what the engine keeps between turns.
    /// </summary>
    public string ToText()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[128]);
        if (HouseNumber is { } number)
        {
            text.AppendFormatted(HouseNumberPrefix);
            text.AppendFormatted(number);
            if (HouseNumberSuffix is { } suffix)
            {
                text.AppendLiteral(suffix.Contains('/', StringComparison.Ordinal) ? " " : IsDigits(suffix) ? "-" : string.Empty);
                text.AppendLiteral(suffix);
            }
            text.AppendLiteral(" ");
        }
        text.AppendLiteral(StreetLine);
        if (Unit is not null)
        {
            foreach (var value in Unit.Split(' '))
            {
                text.AppendLiteral(" # ");
                text.AppendLiteral(value);
            }
        }
        if (City is not null)
        {
            text.AppendLiteral(", ");
            text.AppendLiteral(City);
        }
        if (State is not null || Zip is not null)
        {
            text.AppendLiteral(", ");
            text.AppendLiteral(AddressText.Join(State, Zip));
        }
        return text.ToStringAndClear();
    }

    /// <summary>Addresses are personal data: a log line that prints one by mistake shows nothing.</summary>
    public override string ToString() => $"{nameof(ParsedAddress)} {{ (redacted) }}";

    private static bool IsDigits(string text) => !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
