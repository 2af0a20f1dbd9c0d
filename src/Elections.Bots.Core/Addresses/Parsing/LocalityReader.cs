using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Reads the town and state after the street ("Millbrook, NL", "Pine Hollow Northland", "Eastfield, New York").
/// The state is a full state name, any two letters in the state position (so a jurisdiction's own code
/// needs no table entry), or an unknown word after the town, which is dropped rather than read as a town.
/// </summary>
internal static class LocalityReader
{
    /// <summary>Where a known town starts inside the street's words ("12 Oak St Pine Hollow NL"); -1 if none.</summary>
    public static int FindTown(ReadOnlySpan<Token> words, KnownCities cities)
    {
        if (cities.IsEmpty) return -1;
        for (var start = words.Length - 1; start >= 1; start--)
        {
            var length = cities.MatchAtStart(words[start..]);
            if (length > 0 && IsStateOrNothing(words[(start + length)..])) return start;
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
        || (words.Length == 1 && words[0].IsLetters)
        || (TryStateAtEnd(words, out _, out var used) && used == words.Length);

    /// <summary>"NEW YORK", "WEST VIRGINIA", "TEXAS" at the end of the words.</summary>
    private static bool TryStateAtEnd(ReadOnlySpan<Token> words, out string code, out int used)
    {
        Span<char> buffer = stackalloc char[64];
        for (used = Math.Min(States.MaxWords, words.Length); used > 0; used--)
        {
            var length = 0;
            var fits = true;
            foreach (var word in words[^used..])
            {
                if (length + word.Text.Length + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }
                if (length > 0) buffer[length++] = ' ';
                word.Text.AsSpan().CopyTo(buffer[length..]);
                length += word.Text.Length;
            }
            if (fits && States.TryGetCode(buffer[..length], out code)) return true;
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
