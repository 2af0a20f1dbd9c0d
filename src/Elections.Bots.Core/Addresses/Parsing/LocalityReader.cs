using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Reads the town and state after the street ("Millbrook, NL", "Pine Hollow Northland", "Eastfield, New York").
/// The state is a full state name, any two letters in the state position (so a jurisdiction's own code
/// needs no table entry), or an unknown word after the town, which is dropped rather than read as a town.
/// </summary>
internal static class LocalityReader
{
    /// <summary>
    /// Where a known town starts inside the street's words ("12 Oak St Pine Hollow NL"); -1 if none. The town
    /// must end the words (before a state at most) and leave a street name before it, so the street
    /// "N Pine Hollow Rd" is not read as the town PINE HOLLOW.
    /// </summary>
    public static int FindTown(ReadOnlySpan<Token> words, KnownCities cities)
    {
        if (cities.IsEmpty) return -1;
        for (var state = 0; state <= States.MaxWords && state < words.Length; state++)
        {
            if (!IsStateOrNothing(words[^state..])) continue;
            var end = words.Length - state;
            for (var length = Math.Min(KnownCities.MaxWords, end - 1); length > 0; length--)
            {
                var start = end - length;
                if (cities.Contains(words[start..end]) && HasName(words[..start])) return start;
            }
        }
        return -1;
    }

    public static void Read(ReadOnlySpan<Token> words, KnownCities cities, out string? city, out string? state)
    {
        city = state = null;
        if (words.IsEmpty) return;
        var end = words.Length;
        if (TryStateAtEnd(words, out var code, out var used))
        {
            state = code;
            end -= used;
        }
        else if (IsCode(words[^1]))
        {
            state = words[^1].Text;
            end--;
        }
        else if (TryFindLastGroup(words, out var groupStart) && !cities.Contains(words[groupStart..]))
        {
            end = groupStart;
        }
        var town = words[..end];
        if (state is null && town.Length >= 2 && town[^1].IsLetters && cities.MatchAtStart(town) == town.Length - 1)
        {
            town = town[..^1];
        }
        city = CityName.Build(town);
    }

    private static bool IsCode(Token word) => word.Text.Length == 2 && word.IsLetters;

    private static bool IsStateOrNothing(ReadOnlySpan<Token> words) =>
        words.IsEmpty
        || (words.Length == 1 && words[0].IsLetters && !IsStreetWord(words[0].Text))
        || (TryStateAtEnd(words, out _, out var used) && used == words.Length);

    private static bool IsStreetWord(string word) =>
        StreetSuffixes.TryNormalize(word, out _) || Directionals.TryNormalize(word, out _)
        || SecondaryUnits.NeedsValue(word) || SecondaryUnits.TryStandAlone(word, out _);

    private static bool HasName(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (!Directionals.TryNormalize(word.Text, out _)) return true;
        }
        return false;
    }

    /// <summary>"NEW YORK", "WEST VIRGINIA", "TEXAS" at the end of the words.</summary>
    private static bool TryStateAtEnd(ReadOnlySpan<Token> words, out string code, out int used)
    {
        Span<char> buffer = stackalloc char[64];
        for (used = Math.Min(States.MaxWords, words.Length); used > 0; used--)
        {
            var length = CityName.Write(words[^used..], buffer, spellOut: false);
            if (length > 0 && States.TryGetCode(buffer[..length], out code)) return true;
        }
        code = string.Empty;
        return false;
    }

    /// <summary>The last comma-separated part, when it is words only and another part comes before it.</summary>
    private static bool TryFindLastGroup(ReadOnlySpan<Token> words, out int start)
    {
        start = words.Length - 1;
        while (start > 0 && words[start - 1].Group == words[^1].Group) start--;
        if (start == 0) return false;
        foreach (var word in words[start..])
        {
            if (!word.IsLetters) return false;
        }
        return true;
    }
}
