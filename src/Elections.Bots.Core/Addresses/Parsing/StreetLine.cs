namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// What <see cref="StreetLineReader"/> found in the street part of the text: the street, the unit, a house
/// number said after the street ("Calle Main 401"), and where the words after them (a town) begin.
/// </summary>
internal readonly record struct StreetLine(StreetParts Street, string? Unit, HouseNumber? TrailingNumber, int End);
