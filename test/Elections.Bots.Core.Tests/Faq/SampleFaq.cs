using System.Collections.Immutable;
using System.Globalization;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Tests.Faq;

/// <summary>The Millbrook sample files, read straight from the repository's samples folder.</summary>
internal static class SampleFaq
{
    private static readonly Lazy<ImmutableArray<FaqEntry>> LazyEntries = new(() => [.. TestCsv.Read(PathOf("faq.csv")).Select(ToEntry)]);

    /// <summary>A day inside the sample election's window, when every sample entry is valid.</summary>
    public static readonly DateOnly ElectionSeason = new(2027, 2, 15);

    public static ImmutableArray<FaqEntry> Entries => LazyEntries.Value;

    public static string PathOf(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Elections.Bots.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Repository root not found."), "samples", "millbrook", file);
    }

    /// <summary>faq-intents.csv: FAQ id → the structured intents that answer the same question.</summary>
    public static Dictionary<string, ImmutableArray<string>> EquivalentIntents() =>
        TestCsv.Read(PathOf("faq-intents.csv")).ToDictionary(
            r => r["faq_id"],
            r => r["intents"].Split(['|', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray());

    private static FaqEntry ToEntry(Dictionary<string, string> row) => new(
        row["id"],
        LocaleTags.ParseOrEnglish(row["locale"]),
        row["category"],
        row["question"],
        row["answer"],
        [.. row["alternates"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        NullIfEmpty(row["voice"]),
        NullIfEmpty(row["sms"]),
        NullIfEmpty(row["url"]),
        Date(row["valid_from"]),
        Date(row["valid_until"]),
        NullIfEmpty(row["source"]));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static DateOnly? Date(string value) =>
        value.Length == 0 ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
