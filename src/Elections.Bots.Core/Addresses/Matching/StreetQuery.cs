using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// The street to look up, and what to try when the feed has no street of that name: the word read as the
/// suffix may be the end of the name ("Heron Lake" for HERON LAKE RD), the word read as a directional the
/// start of it ("North Ridge Rd" for an administrator's street name "North Ridge").
/// </summary>
internal readonly record struct StreetQuery(string Name, string? PreDirectional, string? Suffix, string? PostDirectional)
{
    public static StreetQuery From(ParsedAddress address) =>
        new(address.StreetName, address.PreDirectional, address.StreetSuffix, address.PostDirectional);

    /// <summary>Another reading of the voter's words, tried in turn (<paramref name="attempt"/> 0, 1…) while none is found.</summary>
    public bool TryAlternative(int attempt, out StreetQuery alternative)
    {
        alternative = default;
        if (Suffix is not null && attempt-- == 0)
        {
            alternative = this with { Name = $"{Name} {StreetSuffixes.PrimaryName(Suffix)}", Suffix = null };
            return true;
        }
        if (PreDirectional is not null && attempt == 0)
        {
            alternative = this with { Name = $"{Directionals.FullWord(PreDirectional)} {Name}", PreDirectional = null };
            return true;
        }
        return false;
    }
}
