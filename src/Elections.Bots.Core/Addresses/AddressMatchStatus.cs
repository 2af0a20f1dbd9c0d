namespace Elections.Bots.Core.Addresses;

public enum AddressMatchStatus
{
    /// <summary>Exactly one precinct.</summary>
    Matched,
    /// <summary>The street exists in more than one town or ZIP with different precincts: ask for the ZIP or town.</summary>
    NeedsZipOrCity,
    /// <summary>N/S (or NE/SE…) decides the precinct and the voter gave none: ask which.</summary>
    NeedsDirectional,
    /// <summary>The building is split by unit between precincts: ask for the apartment or unit.</summary>
    NeedsUnit,
    /// <summary>No house number was given and the street spans precincts.</summary>
    NeedsHouseNumber,
    /// <summary>The place is in this jurisdiction but no segment covers the address.</summary>
    NotFound,
    /// <summary>The ZIP or town is not one this jurisdiction serves.</summary>
    OutsideJurisdiction,
    /// <summary>The text could not be read as an address.</summary>
    Unusable,
}
