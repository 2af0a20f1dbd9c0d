namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>One word of an address, upper case and without punctuation.</summary>
/// <param name="Group">Which comma-separated part of the text the word came from; commas tell the street from the town.</param>
internal readonly record struct Token(string Text, int Group)
{
    public bool IsDigits => Text.Length > 0 && !Text.AsSpan().ContainsAnyExceptInRange('0', '9');

    public bool HasDigit => Text.AsSpan().ContainsAnyInRange('0', '9');

    public bool IsLetters => Text.Length > 0 && !Text.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    public bool IsSingleLetter => Text.Length == 1 && char.IsAsciiLetterUpper(Text[0]);
}
