using System.Security.Cryptography;
using System.Text;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Loads a dataset folder — a VIP 5.x CSV feed (in the folder itself or in <c>vip/</c>) plus the office's
/// <c>faq.csv</c> and an optional <c>notices.csv</c> — into one immutable dataset. A missing or malformed file
/// stops the load with file, line, column and what to fix; nothing is half-loaded.
/// </summary>
public static class DatasetFolderLoader
{
    /// <summary>The VIP files needed to answer voters; the others in a feed (contests, candidates) are not read here.</summary>
    public static readonly ImmutableArray<string> RequiredFeedFiles =
    [
        "election.txt", "state.txt", "locality.txt", "election_administration.txt", "department.txt",
        "contact_information.txt", "precinct.txt", "polling_location.txt", "schedule.txt", "street_segment.txt",
    ];

    public const string FaqFile = "faq.csv";
    public const string NoticesFile = "notices.csv";

    public static LoadedDataset Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DatasetLoadException(folder, null, null, "the dataset folder does not exist");
        }
        var feedFolder = Directory.Exists(Path.Combine(folder, "vip")) ? Path.Combine(folder, "vip") : folder;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var name in RequiredFeedFiles)
        {
            tables[name] = ReadTable(feedFolder, name, required: true, hash)!;
        }
        foreach (var name in (string[])["person.txt", "source.txt"])
        {
            if (ReadTable(feedFolder, name, required: false, hash) is { } optional) tables[name] = optional;
        }
        var faq = ReadTable(folder, FaqFile, required: true, hash)!;
        var notices = ReadTable(folder, NoticesFile, required: false, hash);

        // The version names the content, so the same files always load as the same version.
        var version = "local-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return VipFeedReader.Build(version, tables, faq, notices);
    }

    private static CsvTable? ReadTable(string folder, string name, bool required, IncrementalHash hash)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            // Administrators export from spreadsheets: accept election.csv for election.txt.
            var alternative = Path.ChangeExtension(path, Path.GetExtension(path) == ".txt" ? ".csv" : ".txt");
            if (File.Exists(alternative)) path = alternative;
            else if (required) throw new DatasetLoadException(name, null, null, $"the file is missing from {folder}; it is required to answer voters");
            else return null;
        }
        var bytes = File.ReadAllBytes(path);
        hash.AppendData(Encoding.UTF8.GetBytes(name));
        hash.AppendData(bytes);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DatasetLoadException(name, null, null, "the file is not valid UTF-8; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)");
        }
        return CsvTable.Parse(name, text);
    }
}
