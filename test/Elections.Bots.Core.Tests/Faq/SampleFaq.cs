using System.Collections.Immutable;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Faq;

/// <summary>The Millbrook sample FAQ and question lists, read with the product's own loader and CSV reader.</summary>
internal static class SampleFaq
{
    /// <summary>A day inside the sample election's window, when every sample entry is valid.</summary>
    public static readonly DateOnly ElectionSeason = new(2027, 2, 15);

    public static ImmutableArray<FaqEntry> Entries => MillbrookBot.LoadSample().Facts.Faq;

    /// <summary>faq-intents.csv: FAQ id → the structured intents that answer the same question.</summary>
    public static Dictionary<string, ImmutableArray<string>> EquivalentIntents() =>
        Rows("faq-intents.csv").ToDictionary(
            r => r.Required("faq_id"),
            r => r.Required("intents").Split(['|', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray());

    public static IEnumerable<CsvRow> Rows(string file) =>
        CsvTable.Parse(file, File.ReadAllText(RepositoryPaths.Sample(file))).Rows;
}
