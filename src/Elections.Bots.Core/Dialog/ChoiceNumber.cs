using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// Reads the number of a pick among numbered choices from a short answer, typed, pressed or spoken, in English or
/// Spanish: "2", "two", "the second one", "number 2", "option two", "dos", "la segunda", "el número uno",
/// "opción 2". Only answers made of nothing but such words count, so a question or an address that contains a
/// number ("is 1 ID enough", "12 Oak St", "I have two questions") is never taken for a pick. Allocation-free.
/// </summary>
public static class ChoiceNumber
{
    /// <summary>"la segunda opción por favor" is the longest pick we expect; past this, the text is a sentence.</summary>
    public const int MaxWords = 5;

    /// <summary>Past a short answer's length the text is not read at all.</summary>
    private const int MaxChars = 64;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers = BuildNumbers();

    /// <summary>Words around the number that change nothing ("the second one please", "el número dos").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = new[]
    {
        "the", "option", "number", "choice", "please", "no", "el", "la", "opcion", "numero", "por", "favor",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The 1-based number picked (1–9), or 0 when <paramref name="text"/> is not a short pick.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxChars) return 0;
        Span<char> folded = stackalloc char[MaxChars];
        Span<Token> tokens = stackalloc Token[MaxWords + 1];
        var count = Tokenizer.Tokenize(text, folded, tokens);
        return Parse(folded, tokens[..count]);
    }

    /// <summary>The same reading over words the caller has already folded with <see cref="Tokenizer"/>.</summary>
    public static int Parse(ReadOnlySpan<char> folded, ReadOnlySpan<Token> words)
    {
        if (words.IsEmpty || words.Length > MaxWords) return 0;
        var number = 0;
        foreach (var token in words)
        {
            var word = folded.Slice(token.Start, token.Length);
            // "the second one": after a number, "one" is a filler, not a second number.
            if (number != 0 && word.SequenceEqual("one")) continue;
            if (Numbers.TryGetValue(word, out var value))
            {
                if (number != 0 && value != number) return 0;
                number = value;
            }
            else if (!Fillers.Contains(word))
            {
                return 0;
            }
        }
        return number;
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildNumbers()
    {
        // Spanish words are folded (no accents): "séptima" and "numero" are read as "septima" and "numero".
        string[][] words =
        [
            ["1", "one", "first", "1st", "uno", "una", "un", "primero", "primera", "primer"],
            ["2", "two", "second", "2nd", "dos", "segundo", "segunda"],
            ["3", "three", "third", "3rd", "tres", "tercero", "tercera", "tercer"],
            ["4", "four", "fourth", "4th", "cuatro", "cuarto", "cuarta"],
            ["5", "five", "fifth", "5th", "cinco", "quinto", "quinta"],
            ["6", "six", "sixth", "6th", "seis", "sexto", "sexta"],
            ["7", "seven", "seventh", "7th", "siete", "septimo", "septima", "setimo", "setima"],
            ["8", "eight", "eighth", "8th", "ocho", "octavo", "octava"],
            ["9", "nine", "ninth", "9th", "nueve", "noveno", "novena"],
        ];
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var word in words[i]) numbers.Add(word, i + 1);
        }
        return numbers.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
