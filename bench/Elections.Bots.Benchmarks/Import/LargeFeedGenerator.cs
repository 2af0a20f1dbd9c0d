using System.Globalization;
using System.Text;

namespace Elections.Bots.Benchmarks.Import;

/// <summary>
/// A statewide-sized feed: the Millbrook files with street_segment.txt grown to any number of rows — streets of
/// 20 blocks each, odd and even sides in different precincts, no overlaps, five ZIP codes.
/// </summary>
internal static class LargeFeedGenerator
{
    private static readonly string[] Suffixes = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Way", "Pl"];
    private static readonly string[] Zips = ["99961", "99962", "99963", "99964", "99965"];
    private static readonly string[] Directions = ["", "N", "S", "E", "W"];

    public static void Write(string millbrookFeed, string target, int segments)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(millbrookFeed))
        {
            if (Path.GetFileName(file) != "street_segment.txt") File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        var precincts = File.ReadLines(Path.Combine(millbrookFeed, "precinct.txt")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        using var writer = new StreamWriter(Path.Combine(target, "street_segment.txt"), false, new UTF8Encoding(false), 1 << 16);
        writer.Write("id,street_direction,street_name,street_suffix,address_direction,city,state,zip,start_house_number,end_house_number," +
                     "odd_even_both,includes_all_addresses,includes_all_streets,house_number_prefix,house_number_suffix,unit_number,precinct_id\n");
        for (var i = 0; i < segments; i++)
        {
            var street = i / 40;
            var block = i % 40 / 2;
            var odd = i % 2 == 0;
            var start = block * 100 + (odd ? 1 : 2);
            var precinct = precincts[(street * 7 + block / 5 + (odd ? 0 : 3)) % precincts.Length];
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"ss-{i:D7},{Directions[street % Directions.Length]},Street {street:D5},{Suffixes[street % Suffixes.Length]},,Millbrook,NL,{Zips[street % Zips.Length]}," +
                $"{start},{start + 98},{(odd ? "odd" : "even")},false,false,,,,{precinct}\n"));
        }
    }
}
