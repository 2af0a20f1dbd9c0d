namespace Elections.Bots.Core.Text;

/// <summary>
/// One language's synonym groups and multi-word expressions, keyed by stem so inflected forms match too.
/// Variants are looked up as written first ("fixed" → permanent), then by stem ("relocated" → move); a stem
/// serves only when no canonical word and no other group has it, so "fixed" never turns "fix" into "permanent".
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxPhraseChars = 96;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byStem;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _asWritten;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;
    private readonly int _longestPhrase;

    public Vocabulary(
        Locale locale,
        Func<string, string> stem,
        (string Canonical, string[] Variants)[] synonyms,
        (string Phrase, string Canonical)[] phrases)
    {
        var asWritten = new Dictionary<string, string>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, string?>(StringComparer.Ordinal);
        var canonicalStems = synonyms.Select(s => stem(s.Canonical)).ToHashSet(StringComparer.Ordinal);
        foreach (var (canonical, variants) in synonyms)
        {
            var target = stem(canonical);
            foreach (var variant in variants)
            {
                var folded = TextFolding.FoldWord(variant);
                if (asWritten.TryGetValue(folded, out var existing) && existing != target)
                {
                    throw new InvalidOperationException($"Synonym '{variant}' ({locale}) maps to both '{existing}' and '{target}'.");
                }
                asWritten[folded] = target;
                var variantStem = stem(variant);
                if (variantStem == target || canonicalStems.Contains(variantStem)) continue;
                byStem[variantStem] = byStem.TryGetValue(variantStem, out var claimed) && claimed != target ? null : target;
            }
        }
        _asWritten = asWritten.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var stems = byStem.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        _byStem = stems.GetAlternateLookup<ReadOnlySpan<char>>();

        var phraseTable = new Dictionary<string, string>(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, canonical) in phrases)
        {
            var words = Array.ConvertAll(phrase.Split(' '), w => stem(w));
            var target = stem(canonical);
            phraseTable[string.Join(' ', words)] = stems.GetValueOrDefault(target, target);
            starts.Add(words[0]);
            _longestPhrase = Math.Max(_longestPhrase, words.Length);
        }
        _phrases = phraseTable.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The canonical term for a word, given as written (folded) and as stemmed.</summary>
    public ReadOnlySpan<char> Canonical(ReadOnlySpan<char> written, ReadOnlySpan<char> stem) =>
        _asWritten.TryGetValue(written, out var byWriting) ? byWriting
        : _byStem.TryGetValue(stem, out var byStem) ? byStem
        : stem;

    /// <summary>
    /// How many of the words from the first one make a phrase (0 when none), longest first; a two-word phrase
    /// may have one ignored word inside ("send it back", "sign me up").
    /// </summary>
    public int MatchPhrase(ReadOnlySpan<char> stems, ReadOnlySpan<Token> from, ReadOnlySpan<bool> ignored, out string canonical)
    {
        canonical = string.Empty;
        if (from.Length < 2 || !_phraseStarts.Contains(stems.Slice(from[0].Start, from[0].Length))) return 0;
        Span<char> key = stackalloc char[MaxPhraseChars];
        for (var words = Math.Min(_longestPhrase, from.Length); words >= 2; words--)
        {
            if (Lookup(stems, from[..words], key, out canonical)) return words;
        }
        if (from.Length >= 3 && ignored[1])
        {
            ReadOnlySpan<Token> gapped = [from[0], from[2]];
            if (Lookup(stems, gapped, key, out canonical)) return 3;
        }
        return 0;
    }

    private bool Lookup(ReadOnlySpan<char> stems, ReadOnlySpan<Token> words, Span<char> key, out string canonical)
    {
        canonical = string.Empty;
        var length = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var stem = stems.Slice(words[w].Start, words[w].Length);
            if (length + stem.Length + 1 > key.Length) return false;
            if (w > 0) key[length++] = ' ';
            stem.CopyTo(key[length..]);
            length += stem.Length;
        }
        if (!_phrases.TryGetValue(key[..length], out var found)) return false;
        canonical = found;
        return true;
    }
}
