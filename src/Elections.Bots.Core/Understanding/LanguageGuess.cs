namespace Elections.Bots.Core.Understanding;

/// <summary>
/// Tells whether typed text is clearly in the other language than the conversation's: it must use words only
/// that language has (from the bot's own utterances and function words) and none only this one has. A street
/// name or one borrowed word does not switch anything.
/// </summary>
internal sealed class LanguageGuess(FrozenSet<string> english, FrozenSet<string> spanish)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _english = english.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanish = spanish.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Builds the two word lists from each language's vocabulary, keeping words the other does not use.</summary>
    public static LanguageGuess From(IEnumerable<string> englishWords, IEnumerable<string> spanishWords)
    {
        var english = englishWords.Where(w => w.Length > 1 && !char.IsAsciiDigit(w[0])).ToHashSet(StringComparer.Ordinal);
        var spanish = spanishWords.Where(w => w.Length > 1 && !char.IsAsciiDigit(w[0])).ToHashSet(StringComparer.Ordinal);
        var shared = english.Intersect(spanish, StringComparer.Ordinal).ToList();
        english.ExceptWith(shared);
        spanish.ExceptWith(shared);
        return new LanguageGuess(english.ToFrozenSet(StringComparer.Ordinal), spanish.ToFrozenSet(StringComparer.Ordinal));
    }

    public Locale Guess(Words words, Locale current)
    {
        int english = 0, spanish = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words.IsAny(i, _english)) english++;
            else if (words.IsAny(i, _spanish)) spanish++;
        }
        return current switch
        {
            Locale.English when spanish > 0 && english == 0 && (spanish >= 2 || words.Count == 1) => Locale.Spanish,
            Locale.Spanish when english > 0 && spanish == 0 && (english >= 2 || words.Count == 1) => Locale.English,
            _ => current,
        };
    }
}
