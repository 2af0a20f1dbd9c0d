using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Understanding;

/// <summary>A tokenized text: the voter's original characters, the folded words and where each came from.</summary>
internal readonly ref struct Words(ReadOnlySpan<char> source, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
{
    public ReadOnlySpan<char> Source { get; } = source;
    public ReadOnlySpan<char> Folded { get; } = folded;
    public ReadOnlySpan<Token> Tokens { get; } = tokens;
    public int Count => Tokens.Length;

    public ReadOnlySpan<char> this[int index] => Folded.Slice(Tokens[index].Start, Tokens[index].Length);

    public bool Is(int index, string word) => index >= 0 && index < Count && this[index].SequenceEqual(word);

    public bool IsAny(int index, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        index >= 0 && index < Count && set.Contains(this[index]);

    public bool Contains(string word)
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[i].SequenceEqual(word)) return true;
        }
        return false;
    }

    public bool HasDigit(int index) => index >= 0 && index < Count && this[index].IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Whether the words at <paramref name="start"/> are exactly <paramref name="phrase"/>.</summary>
    public bool StartsWith(int start, ImmutableArray<string> phrase)
    {
        if (start < 0 || start + phrase.Length > Count) return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!this[start + i].SequenceEqual(phrase[i])) return false;
        }
        return true;
    }

    /// <summary>The original text from word <paramref name="first"/> through word <paramref name="last"/>.</summary>
    public string Original(int first, int last) =>
        Source[Tokens[first].SourceStart..Tokens[last].SourceEnd].ToString();

    /// <summary>The original characters between two neighbouring words (punctuation, spaces).</summary>
    public ReadOnlySpan<char> Between(int left, int right) => Source[Tokens[left].SourceEnd..Tokens[right].SourceStart];
}
