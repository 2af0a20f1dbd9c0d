namespace Elections.Bots.Core.Text;

/// <summary>Shows normalized street words the way people write them: "N MAIN ST" → "N Main St", "5TH" → "5th".</summary>
public static class StreetWords
{
    private static readonly FrozenSet<string> Directionals =
        new[] { "N", "S", "E", "W", "NE", "NW", "SE", "SW" }.ToFrozenSet(StringComparer.Ordinal);

    public static string Display(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Directionals.Contains(word)) continue;
            words[i] = char.IsAsciiDigit(word[0])
                ? word.ToLowerInvariant()
                : string.Concat(word[..1], word[1..].ToLowerInvariant());
        }
        return string.Join(' ', words);
    }
}
