using System.Collections.Frozen;
using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Store;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>
/// The Millbrook sample's street segments and precincts, read with a minimal CSV reader so these tests need
/// nothing but Core; the product loader lives in Elections.Bots.Import.
/// </summary>
internal static class SampleFeed
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string SampleDirectory => Path.Combine(Root.Value, "samples", "millbrook");

    public static (ElectionFacts Facts, InMemoryFactStore Store) Load()
    {
        var vip = Path.Combine(SampleDirectory, "vip");
        var precincts = ReadCsv(Path.Combine(vip, "precinct.txt"))
            .Select(r => new Precinct(r["id"], r["name"], r["number"], null, r["is_mail_only"] == "true",
                [.. r["polling_location_ids"].Split(' ', StringSplitOptions.RemoveEmptyEntries)]))
            .ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        var segments = ReadCsv(Path.Combine(vip, "street_segment.txt")).Select(ToSegment).ToList();
        return TestFacts.Build(segments, precincts.Values);
    }

    /// <summary>Rows of <c>addresses.csv</c>: address, expected precinct ("" when outside the county).</summary>
    public static IEnumerable<(string Address, string Precinct)> Addresses() =>
        ReadCsv(Path.Combine(SampleDirectory, "addresses.csv")).Select(r => (r["address"], r["expected_precinct_id"]));

    public static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = SplitLine(reader.ReadLine() ?? string.Empty);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = SplitLine(line);
            yield return header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : string.Empty))
                .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal);
        }
    }

    private static StreetSegment ToSegment(Dictionary<string, string> r) =>
        StreetSegmentNormalizer.FromFeed(
            r["id"], r["street_direction"], r["street_name"], r["street_suffix"], r["address_direction"],
            r["city"], r["state"], r["zip"], ParseInt(r["start_house_number"]), ParseInt(r["end_house_number"]),
            Enum.Parse<OddEvenBoth>(r["odd_even_both"], ignoreCase: true),
            r["includes_all_addresses"] == "true", r["includes_all_streets"] == "true",
            r["house_number_prefix"], r["house_number_suffix"], r["unit_number"], r["precinct_id"]);

    private static int ParseInt(string value) => int.TryParse(value, out var n) ? n : 0;

    /// <summary>Fields separated by commas; double quotes around a field that holds commas.</summary>
    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.Bots.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Elections.Bots.sln not found above the test directory.");
    }
}
