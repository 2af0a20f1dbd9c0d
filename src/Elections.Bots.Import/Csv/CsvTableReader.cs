using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Csv;

/// <summary>
/// Reads a CSV file's header, then its rows one at a time. A row with the wrong number of values is reported and
/// skipped, as is a file that is not UTF-8 from the point the bad bytes start.
/// </summary>
public sealed class CsvTableReader
{
    private readonly CsvRecordReader _records;
    private readonly FindingCollector _findings;

    private CsvTableReader(CsvColumns columns, CsvRecordReader records, FindingCollector findings)
    {
        Columns = columns;
        _records = records;
        _findings = findings;
    }

    public CsvColumns Columns { get; }

    public static CsvTableReader Open(string fileName, TextReader text, FindingCollector findings)
    {
        var records = new CsvRecordReader(text);
        var fields = new List<string>();
        var hasHeader = TryRead(fileName, records, fields, findings);
        if (!hasHeader || fields.TrueForAll(string.IsNullOrWhiteSpace))
        {
            findings.Error(fileName, 1, null, FindingCodes.NoHeader, "the file is empty; the first line must be the header row");
            fields.Clear();
        }
        var columns = new CsvColumns(fileName, [.. fields.Select(h => h.Trim())], findings);
        return new CsvTableReader(columns, records, findings);
    }

    public IEnumerable<CsvRow> ReadRows()
    {
        var fields = new List<string>(Columns.Headers.Length);
        var width = Columns.Headers.Length;
        while (width > 0 && TryRead(Columns.FileName, _records, fields, _findings))
        {
            if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0])) continue;
            if (fields.Count != width)
            {
                _findings.Error(Columns.FileName, _records.RecordLine, null, FindingCodes.NumberOfValues,
                    $"expected {width} values (one per header column) but found {fields.Count}; " +
                    "check for an unquoted comma or a missing value");
                continue;
            }
            yield return new CsvRow(_records.RecordLine, [.. fields], Columns);
        }
    }

    private static bool TryRead(string fileName, CsvRecordReader records, List<string> fields, FindingCollector findings)
    {
        bool read;
        try
        {
            read = records.Read(fields);
        }
        catch (System.Text.DecoderFallbackException)
        {
            findings.Error(fileName, records.CurrentLine, null, FindingCodes.InvalidUtf8,
                "the file is not valid UTF-8 from this line on; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)");
            return false;
        }
        catch (Packaging.ZipEntryTooLargeException e)
        {
            findings.Error(fileName, records.CurrentLine, null, FindingCodes.ZipTooLarge, e.Message);
            return false;
        }
        catch (InvalidDataException e)
        {
            // A zip entry whose size or checksum does not match its directory record.
            findings.Error(fileName, records.CurrentLine, null, FindingCodes.DamagedZip, e.Message);
            return false;
        }
        if (records.EndedInsideQuotes)
        {
            findings.Error(fileName, records.RecordLine, fields.Count, FindingCodes.UnclosedQuote,
                "a quoted value is never closed; add the missing double quote (\")");
            return false;
        }
        return read;
    }
}
