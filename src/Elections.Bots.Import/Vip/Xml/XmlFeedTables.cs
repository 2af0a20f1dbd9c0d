using System.Xml;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Packaging;

namespace Elections.Bots.Import.Vip.Xml;

/// <summary>
/// A VIP 5.2 XML feed (one <c>VipObject</c>), streamed object by object with <see cref="XmlReader"/> and laid out as
/// the rows of the CSV files, so the same readers and checks build the same facts. Sub-objects (a department inside
/// an election administration, contact information, schedules inside hours) become rows of their own files with
/// the parent's id; those that have no id in XML get one made from the parent's (never reported as duplicates).
/// </summary>
internal sealed class XmlFeedTables : FeedTables
{
    private static readonly FrozenDictionary<string, string> FileByElement = new Dictionary<string, string>
    {
        ["Source"] = VipFiles.Source, ["Election"] = VipFiles.Election, ["State"] = VipFiles.State,
        ["Locality"] = VipFiles.Locality, ["Precinct"] = VipFiles.Precinct, ["PollingLocation"] = VipFiles.PollingLocation,
        ["StreetSegment"] = VipFiles.StreetSegment, ["ElectionAdministration"] = VipFiles.ElectionAdministration,
        ["Person"] = VipFiles.Person,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BallotElements = new[]
    {
        "BallotMeasureContest", "BallotMeasureSelection", "BallotSelection", "BallotStyle", "Candidate", "CandidateContest",
        "CandidateSelection", "Coalition", "Contest", "ElectoralDistrict", "Office", "OrderedContest", "Party", "PartyContest",
        "PartySelection", "RetentionContest",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly string _fileName;
    private readonly Dictionary<string, CsvColumns> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CsvRow>> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);
    private string? _schemaVersion;
    private bool _broken;
    private XmlElementNode? _root;

    public XmlFeedTables(FeedPackage package, string entry, ContentHash hash, FindingCollector findings, IdRegistry ids, ImportLimits limits)
        : base(findings, ids)
    {
        _fileName = entry[(entry.LastIndexOf('/') + 1)..];
        var settings = new XmlReaderSettings
        {
            // No DTDs, no external resolution: entity-expansion bombs and file disclosure are impossible.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = limits.MaxEntryBytes,
        };
        try
        {
            using var stream = hash.Wrap(entry, package.Open(entry));
            using var reader = XmlReader.Create(stream, settings);
            Parse(reader);
        }
        catch (XmlException e)
        {
            _broken = true;
            var problem = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "the file declares a DTD (<!DOCTYPE>), which a VIP feed must not have; remove it"
                : $"the XML cannot be read: {e.Message.Split(" Line ")[0].TrimEnd('.', ',')}; fix it and validate again";
            findings.Error(_fileName, e.LineNumber == 0 ? null : e.LineNumber, e.LinePosition == 0 ? null : e.LinePosition, FindingCodes.MalformedXml, problem);
        }
        catch (ZipEntryTooLargeException e)
        {
            findings.Error(_fileName, null, null, FindingCodes.ZipTooLarge, e.Message);
        }
        catch (InvalidDataException e)
        {
            findings.Error(_fileName, null, null, FindingCodes.DamagedZip, e.Message);
        }
    }

    public override FeedFormatInfo Info => new(FeedFormat.Xml, $"VIP XML {_schemaVersion ?? "(no schemaVersion)"}");

    public override bool Has(string logicalName) => _rows.TryGetValue(logicalName, out var rows) && rows.Count > 0;

    public override string FileFor(string logicalName) => _fileName;

    public override IEnumerable<CsvRow> Rows(string logicalName) => _rows.GetValueOrDefault(logicalName) ?? [];

    /// <summary>After malformed XML the missing objects are a consequence, not news: only the XML error is reported.</summary>
    protected override void ReportMissing(string logicalName)
    {
        if (_broken || _root?.Name != "VipObject") return;
        Findings.Error(_fileName, null, null, FindingCodes.MissingCsv,
            $"the feed has no {ElementName(logicalName)} elements; they are required to answer voters");
    }

    protected override CsvTable EmptyTable(string logicalName) => new(Columns(logicalName), []);

    private void Parse(XmlReader reader)
    {
        reader.MoveToContent();
        _root = XmlElementNodeHeader(reader);
        if (reader.LocalName != "VipObject")
        {
            Findings.Error(_fileName, _root.Line, _root.Column, FindingCodes.NotAFeed,
                $"the root element is <{reader.LocalName}>, not <VipObject>; this is not a VIP 5.x XML feed");
            return;
        }
        _schemaVersion = reader.GetAttribute("schemaVersion");
        if (reader.IsEmptyElement) return;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement) break;
            if (reader.NodeType != XmlNodeType.Element) continue;
            Add(XmlElementNode.Read(reader));
        }
    }

    private static XmlElementNode XmlElementNodeHeader(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        return new XmlElementNode(reader.LocalName, info.LineNumber, info.LinePosition, null, null, null);
    }

    private void Add(XmlElementNode element)
    {
        if (FileByElement.TryGetValue(element.Name, out var file))
        {
            if (RegisteredId(element) is not { } id) return;
            var row = new XmlRowBuilder(Columns(file), element, id).From(element);
            if (file == VipFiles.Source && _schemaVersion is not null) row.Set("version", _schemaVersion, _root!);
            Emit(file, row);
            foreach (var contact in element.All("ContactInformation").Concat(element.All("FeedContactInformation")))
            {
                AddContact(contact, id);
            }
            if (file == VipFiles.ElectionAdministration) AddDepartments(element, id);
        }
        else if (element.Name == "HoursOpen")
        {
            if (RegisteredId(element) is { } id) AddSchedules(element, id);
        }
        else if (BallotElements.Contains(element.Name))
        {
            RegisteredId(element);
            if (_unknown.Add("ballot"))
            {
                Findings.Note(_fileName, FindingCodes.IgnoredFiles,
                    "contest and candidate objects are checked for ids only; the bot answers \"what is on my ballot\" with WhatIsOnMyBallotUri");
            }
        }
        else if (_unknown.Add(element.Name))
        {
            Findings.Warning(_fileName, element.Line, element.Column, FindingCodes.UnknownTags,
                $"<{element.Name}> is not a VIP 5.2 object and is ignored; check the spelling");
        }
    }

    private string? RegisteredId(XmlElementNode element)
    {
        if (element.Id is { Length: > 0 } id)
        {
            Ids.Register(id, _fileName, element.Line, element.Column);
            return id;
        }
        Findings.Error(_fileName, element.Line, element.Column, FindingCodes.MissingId,
            $"<{element.Name}> has no id attribute; give every object an id that is unique in the feed");
        return null;
    }

    private void AddDepartments(XmlElementNode administration, string administrationId)
    {
        var n = 0;
        foreach (var department in administration.All("Department"))
        {
            var id = AddSubObject(VipFiles.Department, department, $"{administrationId}/department-{++n}", "election_administration_id", administrationId);
            var m = 0;
            foreach (var service in department.All("VoterService"))
            {
                AddSubObject(VipFiles.VoterService, service, $"{id}/voter-service-{++m}", "department_id", id);
            }
        }
    }

    /// <summary>A nested object as a row of its own file pointing at its parent, with its contact information.</summary>
    private string AddSubObject(string file, XmlElementNode element, string id, string parentColumn, string parentId)
    {
        Emit(file, new XmlRowBuilder(Columns(file), element, id).From(element).Set(parentColumn, parentId, element));
        foreach (var contact in element.All("ContactInformation")) AddContact(contact, id);
        return id;
    }

    private void AddContact(XmlElementNode contact, string parentId)
    {
        var id = contact.Label ?? $"{parentId}/contact-{_rows.GetValueOrDefault(VipFiles.ContactInformation)?.Count + 1 ?? 1}";
        Emit(VipFiles.ContactInformation, new XmlRowBuilder(Columns(VipFiles.ContactInformation), contact, id)
            .From(contact).Set("parent_id", parentId, contact));
    }

    /// <summary>An XML Schedule may hold several Hours (8–12 and 13–17); a schedule row holds one, as in CSV.</summary>
    private void AddSchedules(XmlElementNode hoursOpen, string hoursOpenId)
    {
        var n = 0;
        foreach (var schedule in hoursOpen.All("Schedule"))
        {
            var hours = schedule.All("Hours").ToList();
            foreach (var block in hours.Count == 0 ? [null] : hours.Cast<XmlElementNode?>())
            {
                var row = new XmlRowBuilder(Columns(VipFiles.Schedule), schedule, $"{hoursOpenId}/schedule-{++n}")
                    .From(schedule).Set("hours_open_id", hoursOpenId, schedule);
                if (block is not null) row.From(block);
                Emit(VipFiles.Schedule, row);
            }
        }
    }

    private void Emit(string file, XmlRowBuilder row)
    {
        if (!_rows.TryGetValue(file, out var rows)) _rows[file] = rows = [];
        rows.Add(row.Build());
    }

    private CsvColumns Columns(string file)
    {
        if (_columns.TryGetValue(file, out var columns)) return columns;
        var names = VipColumns.ByFile[file];
        columns = new CsvColumns(_fileName, [.. names.Select(ElementPath)], Findings, names);
        _columns[file] = columns;
        return columns;
    }

    /// <summary>How a column is named in XML, for messages: is_mail_only → IsMailOnly.</summary>
    private static string ElementPath(string column) =>
        string.Concat(column.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static string ElementName(string file) => ElementPath(file[..^4]);
}
