namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>Spoken English numbers, as speech recognition sometimes returns them ("four oh one", "twenty-first").</summary>
internal static class NumberWords
{
    public const int Hundred = 100;
    public const int Thousand = 1000;

    private static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ZERO"] = 0, ["OH"] = 0, ["O"] = 0,
        ["ONE"] = 1, ["TWO"] = 2, ["THREE"] = 3, ["FOUR"] = 4, ["FIVE"] = 5, ["SIX"] = 6, ["SEVEN"] = 7,
        ["EIGHT"] = 8, ["NINE"] = 9, ["TEN"] = 10, ["ELEVEN"] = 11, ["TWELVE"] = 12, ["THIRTEEN"] = 13,
        ["FOURTEEN"] = 14, ["FIFTEEN"] = 15, ["SIXTEEN"] = 16, ["SEVENTEEN"] = 17, ["EIGHTEEN"] = 18,
        ["NINETEEN"] = 19, ["TWENTY"] = 20, ["THIRTY"] = 30, ["FORTY"] = 40, ["FOURTY"] = 40, ["FIFTY"] = 50,
        ["SIXTY"] = 60, ["SEVENTY"] = 70, ["EIGHTY"] = 80, ["NINETY"] = 90,
        ["HUNDRED"] = Hundred, ["THOUSAND"] = Thousand,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["FIRST"] = 1, ["SECOND"] = 2, ["THIRD"] = 3, ["FOURTH"] = 4, ["FIFTH"] = 5, ["SIXTH"] = 6,
        ["SEVENTH"] = 7, ["EIGHTH"] = 8, ["NINTH"] = 9, ["TENTH"] = 10, ["ELEVENTH"] = 11, ["TWELFTH"] = 12,
        ["THIRTEENTH"] = 13, ["FOURTEENTH"] = 14, ["FIFTEENTH"] = 15, ["SIXTEENTH"] = 16, ["SEVENTEENTH"] = 17,
        ["EIGHTEENTH"] = 18, ["NINETEENTH"] = 19, ["TWENTIETH"] = 20, ["THIRTIETH"] = 30, ["FORTIETH"] = 40,
        ["FIFTIETH"] = 50, ["SIXTIETH"] = 60, ["SEVENTIETH"] = 70, ["EIGHTIETH"] = 80, ["NINETIETH"] = 90,
        ["HUNDREDTH"] = Hundred,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> AllWords => Cardinals.Keys.Concat(Ordinals.Keys);

    public static bool TryCardinal(string word, out int value) => Cardinals.TryGetValue(word, out value);

    public static bool TryOrdinal(string word, out int value) => Ordinals.TryGetValue(word, out value);

    /// <summary>A single digit said as a word ("nine", "oh"), the way ZIP codes are read out.</summary>
    public static bool TryDigit(string word, out int digit) => TryCardinal(word, out digit) && digit < 10;

    public static bool IsTens(int value) => value is >= 20 and < 100 && value % 10 == 0;

    /// <summary>21 → "21ST", 112 → "112TH" (Publication 28 §235 numbered streets).</summary>
    public static string ToOrdinal(int value)
    {
        var suffix = (value % 100) is 11 or 12 or 13 ? "TH" : (value % 10) switch
        {
            1 => "ST",
            2 => "ND",
            3 => "RD",
            _ => "TH",
        };
        return string.Create(null, stackalloc char[16], $"{value}{suffix}");
    }
}
