namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>The street of an address in Publication 28 form: "N MAIN ST", "HARBOR RD NE", "E ST" (name E).</summary>
internal readonly record struct StreetParts(string? PreDirectional, string Name, string? Suffix, string? PostDirectional);
