using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Store;
using Elections.Bots.Import.Csv;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>The Millbrook sample as the product loads it, and its address list and segment rows as written.</summary>
internal static class SampleFeed
{
    private static readonly Lazy<InMemoryFactStore> SharedStore = new(() => MillbrookBot.LoadSample().CreateStore());

    public static (ElectionFacts Facts, InMemoryFactStore Store) Load() => (MillbrookBot.LoadSample().Facts, SharedStore.Value);

    /// <summary>Rows of <c>addresses.csv</c>: address, expected precinct ("" when outside the county).</summary>
    public static IEnumerable<(string Address, string Precinct)> Addresses() =>
        Read("addresses.csv").Rows.Select(r => (r.Required("address"), r.Get("expected_precinct_id") ?? string.Empty));

    public static CsvTable Read(string file) => CsvTable.Parse(file, File.ReadAllText(RepositoryPaths.Sample(file)));
}
