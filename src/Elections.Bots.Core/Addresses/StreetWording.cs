using Elections.Bots.Core.Addresses.Pub28;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// Says a normalized street the way a person would: "N MAIN ST" → "North Main Street". Speech engines read
/// "St" as Saint and "N" as a letter; the tables that know ST is STREET live here. Screens use
/// <see cref="StreetWords.Display"/>.
/// </summary>
public static class StreetWording
{
    /// <summary>"N MAIN ST" → "North Main Street"; "HARBOR RD NE" → "Harbor Road Northeast"; "E ST" → "E Street".</summary>
    public static string ForSpeech(string streetLine)
    {
        if (!AddressParser.TryReadStreet(streetLine, out var street)) return StreetWords.Display(streetLine);
        var words = AddressText.Join(
            street.PreDirectional is { } pre ? Directionals.FullWord(pre) : null,
            street.Name,
            street.Suffix is { } suffix ? StreetSuffixes.PrimaryName(suffix) : null,
            street.PostDirectional is { } post ? Directionals.FullWord(post) : null);
        return StreetWords.Display(words);
    }
}
