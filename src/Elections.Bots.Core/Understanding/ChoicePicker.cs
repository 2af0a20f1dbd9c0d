namespace Elections.Bots.Core.Understanding;

/// <summary>
/// Reads a pick from numbered choices: "2", "the second one", "option 3", "la primera", "número dos". Only
/// short replies made of such words count, so "I have 2 questions" is not a pick.
/// </summary>
internal static class ChoicePicker
{
    private const int MaxWords = 4;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers =
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["1"] = 1, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5,
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
            ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
            ["primero"] = 1, ["primera"] = 1, ["primer"] = 1, ["segundo"] = 2, ["segunda"] = 2,
            ["tercero"] = 3, ["tercera"] = 3, ["cuarto"] = 4, ["cuarta"] = 4, ["quinto"] = 5, ["quinta"] = 5,
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = Phrases.Set(
        "the", "option", "number", "choice", "one", "please", "el", "la", "opcion", "numero", "por", "favor", "no");

    /// <summary>The 0-based index picked, when the words are a pick and the number is within <paramref name="choices"/>.</summary>
    public static bool TryPick(Words words, int choices, out int index)
    {
        index = -1;
        if (words.Count == 0 || words.Count > MaxWords) return false;
        var number = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // "the second one": after a number, "one" is a filler, not a second number.
            if (Numbers.TryGetValue(words[i], out var value) && !(number != 0 && words.Is(i, "one")))
            {
                if (number != 0 && value != number) return false;
                number = value;
            }
            else if (!words.IsAny(i, Fillers))
            {
                return false;
            }
        }
        if (number < 1 || number > choices) return false;
        index = number - 1;
        return true;
    }
}
