using System.Runtime.CompilerServices;
using Elections.Bots.Core.Addresses.Parsing;
using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// Shows normalized streets and towns to voters: "N MAIN ST" is "N Main St" on a screen and "North Main
/// Street" in speech; "PINE HOLLOW" is "Pine Hollow". The tables that know ST is Street live here.
/// </summary>
public static class StreetWording
{
    /// <summary>"N MAIN ST" → "N Main St"; "5TH AVE" → "5th Ave".</summary>
    public static string ForDisplay(string streetLine) => Write(streetLine, spoken: false);

    /// <summary>"N MAIN ST" → "North Main Street"; "HARBOR RD NE" → "Harbor Road Northeast"; "E ST" → "E Street".</summary>
    public static string ForSpeech(string streetLine) => Write(streetLine, spoken: true);

    /// <summary>"PINE HOLLOW" → "Pine Hollow"; "SAINT LOUIS" → "Saint Louis".</summary>
    public static string TownForDisplay(string town)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[64]);
        var first = true;
        foreach (var word in town.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first) text.AppendLiteral(" ");
            AppendTitle(ref text, word);
            first = false;
        }
        return text.ToStringAndClear();
    }

    private static string Write(string streetLine, bool spoken)
    {
        if (!AddressParser.TryReadStreet(streetLine, out var street)) return TownForDisplay(streetLine);
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[64]);
        if (street.PreDirectional is { } pre)
        {
            AppendDirectional(ref text, pre, spoken);
            text.AppendLiteral(" ");
        }
        text.AppendLiteral(TownForDisplay(street.Name));
        if (street.Suffix is { } suffix)
        {
            text.AppendLiteral(" ");
            AppendTitle(ref text, spoken ? StreetSuffixes.PrimaryName(suffix) : suffix);
        }
        if (street.PostDirectional is { } post)
        {
            text.AppendLiteral(" ");
            AppendDirectional(ref text, post, spoken);
        }
        return text.ToStringAndClear();
    }

    private static void AppendDirectional(ref DefaultInterpolatedStringHandler text, string abbreviation, bool spoken)
    {
        if (spoken) AppendTitle(ref text, Directionals.FullWord(abbreviation));
        else text.AppendLiteral(abbreviation);
    }

    /// <summary>"MAIN" → "Main"; "5TH" → "5th"; "4B" stays, as a unit or grid number is read letter by letter.</summary>
    private static void AppendTitle(ref DefaultInterpolatedStringHandler text, string word)
    {
        var startsWithDigit = word.Length > 0 && char.IsAsciiDigit(word[0]);
        var isOrdinal = startsWithDigit && word.Length > 2 && word.AsSpan(word.Length - 2).IndexOfAnyInRange('0', '9') < 0
            && word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0;
        Span<char> chars = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        chars = chars[..word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var lower = isOrdinal || (!startsWithDigit && i > 0 && char.IsAsciiLetter(word[i - 1]));
            chars[i] = lower ? char.ToLowerInvariant(word[i]) : word[i];
        }
        text.AppendFormatted(chars);
    }
}
