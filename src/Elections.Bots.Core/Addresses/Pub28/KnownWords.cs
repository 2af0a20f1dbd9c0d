namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>
/// Every word the tables know, so the tokenizer can hand back the table's own string for a span of input
/// instead of allocating a new one: most of an address is made of these words.
/// </summary>
internal static class KnownWords
{
    private static readonly FrozenSet<string> Words = StreetSuffixes.AllWords
        .Concat(Directionals.AllWords)
        .Concat(SecondaryUnits.AllWords)
        .Concat(States.AllWords)
        .Concat(NumberWords.AllWords)
        .Concat(Fillers.AllWords)
        .Concat(["SAINT", "SAINTE", "JR", "SR", "JUNIOR", "SENIOR", "PO", "BOX", "RR", "HC", "1/2"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Intern(ReadOnlySpan<char> word) =>
        BySpan.TryGetValue(word, out var known) ? known : new string(word);
}
