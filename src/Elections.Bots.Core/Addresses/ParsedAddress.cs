namespace Elections.Bots.Core.Addresses;

/// <summary>
/// A voter's address split into USPS Publication 28 parts, upper case with standard abbreviations
/// ("401 North Main Street" → 401, N, MAIN, ST). Lives only for the turn; never logged.
/// </summary>
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
    string? Zip);
