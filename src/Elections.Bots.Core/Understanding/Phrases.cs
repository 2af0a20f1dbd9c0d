using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Understanding;

/// <summary>Turns phrases ("I live at") into folded word lists, the way <see cref="Tokenizer"/> reads voter text.</summary>
internal static class Phrases
{
    public static ImmutableArray<string> Words(string phrase)
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        var count = Tokenizer.Tokenize(phrase, folded, tokens);
        var words = ImmutableArray.CreateBuilder<string>(count);
        foreach (var token in tokens[..count]) words.Add(new string(folded.Slice(token.Start, token.Length)));
        return words.MoveToImmutable();
    }

    /// <summary>Folded word lists, longest first, so "I live at" wins over "at".</summary>
    public static ImmutableArray<ImmutableArray<string>> LongestFirst(IEnumerable<string> phrases) =>
        [.. phrases.Select(Words).Where(w => w.Length > 0).Distinct(SequenceComparer.Instance).OrderByDescending(w => w.Length)];

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed class SequenceComparer : IEqualityComparer<ImmutableArray<string>>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y) => x.SequenceEqual(y);

        public int GetHashCode(ImmutableArray<string> obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
