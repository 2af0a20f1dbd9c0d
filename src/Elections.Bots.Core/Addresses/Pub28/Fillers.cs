namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>
/// Words voters put around an address ("I live at…", "mi dirección es…", "…thanks"). They are dropped only
/// before the house number and after the last part of the address, never from inside the street.
/// </summary>
internal static class Fillers
{
    private static readonly FrozenSet<string> Leading = FrozenSet.Create(StringComparer.Ordinal,
        "I", "IM", "AM", "LIVE", "LIVES", "LIVING", "AT", "IN", "ON", "MY", "OUR", "THE", "ADDRESS", "ADDRESSES",
        "HOME", "HOUSE", "RESIDENCE", "IS", "ITS", "IT", "WE", "OK", "OKAY", "SO", "WELL", "YES", "YEAH", "SURE",
        "UM", "UMM", "UH", "ER", "HMM", "PLEASE", "HI", "HELLO", "HEY", "THIS", "THATS", "THAT", "STREET", "NUMBER",
        "VIVO", "VIVIMOS", "EN", "EL", "LA", "MI", "NUESTRA", "DIRECCION", "DOMICILIO", "CASA", "ES", "ESTOY",
        "RESIDO", "SI", "HOLA", "PUES", "BUENO", "NUMERO");

    private static readonly FrozenSet<string> Trailing = FrozenSet.Create(StringComparer.Ordinal,
        "PLEASE", "THANKS", "THANK", "YOU", "THX", "GRACIAS", "POR", "FAVOR", "USA", "US", "UNITED", "STATES",
        "AMERICA", "EEUU");

    public static IEnumerable<string> AllWords => Leading.Concat(Trailing);

    public static bool IsLeading(string word) => Leading.Contains(word);

    public static bool IsTrailing(string word) => Trailing.Contains(word);
}
