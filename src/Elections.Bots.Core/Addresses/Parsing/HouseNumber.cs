namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>A house number split the VIP way: "B22" → prefix B; "22 1/2", "22A", "123-45" → a suffix.</summary>
internal readonly record struct HouseNumber(int Number, string? Prefix, string? Suffix);
