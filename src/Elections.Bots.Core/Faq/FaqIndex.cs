using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Faq;

/// <summary>
/// Ranks a dataset version's FAQ entries against a voter's free-text question. Built once per snapshot (see
/// <see cref="ElectionFacts.FaqIndex"/>), immutable and safe to share; a search allocates only its result.
/// </summary>
/// <remarks>
/// Each language is ranked only against its own entries: a Spanish question never gets an English answer.
/// Entries outside their <see cref="FaqEntry.ValidFrom"/>–<see cref="FaqEntry.ValidUntil"/> window never answer.
/// </remarks>
public sealed class FaqIndex(ImmutableArray<FaqEntry> entries)
{
    private readonly FaqLocaleIndex _english = new(Locale.English, entries.Where(e => e.Locale == Locale.English));
    private readonly FaqLocaleIndex _spanish = new(Locale.Spanish, entries.Where(e => e.Locale == Locale.Spanish));

    /// <summary>Written answers with their web addresses worded for speech, by entry; worded once per dataset version, not per turn.</summary>
    private readonly Dictionary<FaqEntry, string> _spoken = SpokenAnswers(entries);

    public ImmutableArray<FaqEntry> Entries { get; } = entries;

    /// <summary>Ranks <paramref name="text"/> (any length, any characters; only its start is read) for <paramref name="today"/> in the jurisdiction.</summary>
    public FaqSearchResult Search(string? text, Locale locale, DateOnly today) =>
        string.IsNullOrWhiteSpace(text) ? FaqSearchResult.None : For(locale).Search(text, today);

    /// <summary>The entry with this id in this language, for a choice the voter picked from a close call.</summary>
    public FaqEntry? Find(string id, Locale locale) => For(locale).Find(id);

    /// <summary>What voice says for an entry: its own spoken answer, or the written one with no URL read aloud.</summary>
    public string SpokenAnswer(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Voice ?? (_spoken.TryGetValue(entry, out var spoken) ? spoken : UrlStripper.ForSpeech(entry.Answer, entry.Locale));
    }

    private FaqLocaleIndex For(Locale locale) => locale == Locale.Spanish ? _spanish : _english;

    private static Dictionary<FaqEntry, string> SpokenAnswers(ImmutableArray<FaqEntry> entries)
    {
        // By reference: entries are records, and hashing every member of a long answer per lookup would cost more than it saves.
        var spoken = new Dictionary<FaqEntry, string>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.Voice is null) spoken.TryAdd(entry, UrlStripper.ForSpeech(entry.Answer, entry.Locale));
        }
        return spoken;
    }
}
