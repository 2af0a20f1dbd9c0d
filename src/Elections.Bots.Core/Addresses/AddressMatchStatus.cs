namespace Elections.Bots.Core.Addresses;

public enum AddressMatchStatus
{
    /// <summary>Exactly one precinct.</summary>
    Matched,
    /// <summary>
    /// The address could be in more than one town or ZIP with different precincts: ask for the ZIP or town.
    /// Options are towns or ZIPs; empty when the street is unknown and any town could hold it.
    /// </summary>
    NeedsZipOrCity,
    /// <summary>N/S (or NE/SE…) decides the precinct and the voter gave none: ask which. Options are whole streets ("N MAIN ST").</summary>
    NeedsDirectional,
    /// <summary>The street type decides ("LINCOLN AVE" or "LINCOLN ST") and the voter gave none. Options are whole streets.</summary>
    NeedsStreetSuffix,
    /// <summary>The building is split by unit between precincts: ask for the apartment or unit. Options are the units.</summary>
    NeedsUnit,
    /// <summary>No house number was given and the street spans precincts.</summary>
    NeedsHouseNumber,
    /// <summary>The place is in this jurisdiction but no segment covers the address (or the feed contradicts itself).</summary>
    NotFound,
    /// <summary>The ZIP, town or state is not one this jurisdiction serves.</summary>
    OutsideJurisdiction,
    /// <summary>The text could not be read as an address.</summary>
    Unusable,
}
