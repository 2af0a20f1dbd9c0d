namespace Elections.Bots.Core.Privacy;

/// <summary>One word of the text being redacted: its range in the text and its folded form.</summary>
internal readonly record struct RedactionToken(int Start, int End, string Folded, bool Capitalized)
{
    public bool IsDigits => Folded.Length > 0 && AllDigits(Folded);

    public bool HasDigit => Folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>"12", "12b", "1200": what a house number looks like.</summary>
    public bool IsHouseNumber =>
        Folded.Length is > 0 and <= 7 && char.IsAsciiDigit(Folded[0]) &&
        (IsDigits ? Folded.Length <= 6 : AllDigits(Folded.AsSpan(0, Folded.Length - 1)) && char.IsAsciiLetter(Folded[^1]) && !IsOrdinal);

    /// <summary>"1st", "22nd", "3rd", "4th": part of a street's name, never a house number.</summary>
    public bool IsOrdinal =>
        Folded.Length >= 3 && char.IsAsciiDigit(Folded[0]) &&
        (Folded.EndsWith("st", StringComparison.Ordinal) || Folded.EndsWith("nd", StringComparison.Ordinal) ||
         Folded.EndsWith("rd", StringComparison.Ordinal) || Folded.EndsWith("th", StringComparison.Ordinal));

    private static bool AllDigits(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') < 0;
}
