using System.Buffers.Binary;
using System.IO.Compression;
using Elections.Bots.Import.Findings;
using Elections.Bots.Tests;

namespace Elections.Bots.Import.Tests.Packaging;

/// <summary>Feeds arrive zipped. A good zip loads like the folder; a zip that could hurt us is refused before any reading.</summary>
public sealed class ZipFeedTests : TemporaryFolder
{
    [Fact]
    public void Import_WhenFeedZippedInNestedFolders_LoadsTheSameDatasetAsTheFolder()
    {
        var zip = Zip("feed.zip", archive =>
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Sample("vip")))
            {
                archive.CreateEntryFromFile(file, "export/2027/data/" + Path.GetFileName(file));
            }
            archive.CreateEntry("export/README.pdf");
        });

        var fromZip = ImportRun.Run(zip, RepositoryPaths.Sample("faq.csv"));
        var fromFolder = ImportRun.Run(RepositoryPaths.Sample("vip"), RepositoryPaths.Sample("faq.csv"));

        Assert.False(fromZip.Report.HasErrors, ImportRun.Describe(fromZip.Report));
        Assert.Equal(DatasetSnapshot.Describe(fromFolder.Dataset!), DatasetSnapshot.Describe(fromZip.Dataset!));
        Assert.Equal(fromFolder.Dataset!.Facts.DatasetVersion, fromZip.Dataset!.Facts.DatasetVersion);
    }

    [Fact]
    public void Import_WhenFilesSavedAsCsvWithOtherFiles_ReadsThemAndWarnsAboutTheRest()
    {
        var zip = Zip("feed.zip", archive =>
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Sample("vip")))
            {
                archive.CreateEntryFromFile(file, Path.GetFileNameWithoutExtension(file) + ".csv");
            }
            archive.CreateEntry("streets.txt");
            archive.CreateEntry("notes.docx");
        });

        var result = ImportRun.Run(zip);

        Assert.NotNull(result.Dataset);
        Assert.Contains("streets.txt", ImportRun.Single(result.Report, FindingCodes.BadFilenames).Message, StringComparison.Ordinal);
        Assert.Contains("notes.docx", ImportRun.Single(result.Report, FindingCodes.InvalidExtensions).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WhenZipHoldsOneXmlFeed_ReadsItAsXml()
    {
        var zip = Zip("vipfeed-51-2013-11-05.zip", archive =>
            archive.CreateEntryFromFile(ImportRun.Fixture("vip-samples", "sample_feed_v5.xml"), "vipfeed-51-2013-11-05.xml"));

        var result = ImportRun.Run(zip, now: "2013-10-01T12:00");

        Assert.False(result.Report.HasErrors, ImportRun.Describe(result.Report));
        Assert.Equal("VIP XML 5.2", result.Format!.Name);
        Assert.Equal(32, result.Dataset!.Facts.Precincts.Count);
    }

    [Fact]
    public void Import_WhenEntryClaimsOneGigabyte_RefusesTheZip()
    {
        var zip = Zip("bomb.zip", archive => Write(archive, "street_segment.txt", "id\n"));
        ClaimUncompressedSize(zip, "street_segment.txt", 1L << 30);

        var result = ImportRun.Run(zip);

        var finding = ImportRun.Single(result.Report, FindingCodes.ZipTooLarge);
        Assert.Equal("bomb.zip", finding.File);
        Assert.Contains("claims 1024 MB", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenEntryExpandsPastWhatItClaims_StopsReadingIt()
    {
        var zip = Zip("liar.zip", archive =>
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Sample("vip"))) archive.CreateEntryFromFile(file, Path.GetFileName(file));
            Write(archive, "party.txt", "id\n" + new string('x', 200_000));
        });
        ClaimUncompressedSize(zip, "party.txt", 100);

        var result = ImportRun.Run(zip);

        Assert.True(result.Report.Findings.Any(f => f.Code == FindingCodes.DamagedZip && f.File == "party.txt"), ImportRun.Describe(result.Report));
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Import_WhenCompressionRatioIsThatOfABomb_RefusesTheZip()
    {
        var zip = Zip("ratio.zip", archive => Write(archive, "street_segment.txt", new string('0', 20_000_000)));

        var finding = ImportRun.Single(ImportRun.Run(zip).Report, FindingCodes.ZipTooLarge);

        Assert.Contains("zip bomb", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../election.txt", FindingCodes.UnsafeZip)]
    [InlineData("vip/../../etc/passwd", FindingCodes.UnsafeZip)]
    [InlineData("/etc/passwd", FindingCodes.UnsafeZip)]
    [InlineData("C:/feed/election.txt", FindingCodes.UnsafeZip)]
    [InlineData("vip/more.zip", FindingCodes.NestedArchive)]
    public void Import_WhenEntryNameIsDangerous_RefusesTheWholeZip(string entry, string code)
    {
        var zip = Zip("evil.zip", archive =>
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Sample("vip"))) archive.CreateEntryFromFile(file, Path.GetFileName(file));
            Write(archive, entry, "id\n");
        });

        var result = ImportRun.Run(zip);

        var finding = ImportRun.Single(result.Report, code);
        Assert.Contains(entry, finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Dataset);
        Assert.Single(result.Report.Findings);
    }

    [Fact]
    public void Import_WhenFileIsNotAZip_SaysSo()
    {
        var path = PathOf("feed.zip");
        File.WriteAllText(path, "id,name\n");

        Assert.Equal(FindingCodes.NotAFeed, Assert.Single(ImportRun.Run(path).Report.Findings).Code);
    }

    private string Zip(string name, Action<ZipArchive> fill)
    {
        var path = PathOf(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        fill(archive);
        return path;
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Optimal).Open());
        writer.Write(content);
    }

    /// <summary>Rewrites an entry's uncompressed size in its local header and central directory record, as a crafted bomb does.</summary>
    private static void ClaimUncompressedSize(string zip, string entry, long size)
    {
        var bytes = File.ReadAllBytes(zip);
        var name = System.Text.Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (nameOffset, sizeOffset) = signature switch { 0x04034b50 => (30, 22), 0x02014b50 => (46, 24), _ => (0, 0) };
            if (nameOffset == 0 || !bytes.AsSpan(i + nameOffset).StartsWith(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeOffset), (uint)size);
        }
        File.WriteAllBytes(zip, bytes);
    }
}
