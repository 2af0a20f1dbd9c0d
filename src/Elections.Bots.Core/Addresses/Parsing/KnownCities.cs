namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// The towns the jurisdiction serves, used to find where the street ends when a voter types no commas
/// ("12 Oak St Pine Hollow"). Looks words up without building a string when the set allows it.
/// </summary>
internal readonly struct KnownCities
{
    /// <summary>No town has a longer name, in words.</summary>
    public const int MaxWords = 4;

    private readonly IReadOnlySet<string>? _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly bool _hasSpanLookup;

    public KnownCities(IReadOnlySet<string>? set)
    {
        _set = set is { Count: > 0 } ? set : null;
        _hasSpanLookup = set is FrozenSet<string> frozen && frozen.TryGetAlternateLookup(out _bySpan);
    }

    public bool IsEmpty => _set is null;

    public bool Contains(ReadOnlySpan<Token> words)
    {
        if (_set is null || words.IsEmpty || words.Length > MaxWords) return false;
        if (words.Length == 1 && !CityName.NeedsRewrite(words)) return _set.Contains(words[0].Text);
        Span<char> buffer = stackalloc char[128];
        var length = CityName.Write(words, buffer);
        if (length < 0) return false;
        return _hasSpanLookup ? _bySpan.Contains(buffer[..length]) : _set.Contains(new string(buffer[..length]));
    }

    /// <summary>The longest known town at the start of <paramref name="words"/>, in words; 0 when none.</summary>
    public int MatchAtStart(ReadOnlySpan<Token> words)
    {
        for (var n = Math.Min(MaxWords, words.Length); n > 0; n--)
        {
            if (Contains(words[..n])) return n;
        }
        return 0;
    }
}
