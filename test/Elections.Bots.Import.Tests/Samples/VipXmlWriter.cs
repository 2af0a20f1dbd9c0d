using System.Xml;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Tests.Samples;

/// <summary>
/// Converts a VIP 5.2 CSV feed to the XML form VIP's XSD describes — nested departments, contacts and schedules,
/// InternationalizedText, structured addresses — so a test can check both formats give the same facts.
/// </summary>
internal static class VipXmlWriter
{
    private static readonly (string File, string Element)[] Simple =
    [
        ("source.txt", "Source"), ("election.txt", "Election"), ("state.txt", "State"), ("locality.txt", "Locality"),
        ("polling_location.txt", "PollingLocation"), ("precinct.txt", "Precinct"), ("street_segment.txt", "StreetSegment"),
    ];

    private static readonly HashSet<string> TextElements = ["Name", "Directions", "RegistrationInfo", "AbsenteeBallotInfo", "Description", "Title", "Profession", "ElectionType"];

    public static void Write(string feedFolder, string xmlPath)
    {
        var tables = Directory.GetFiles(feedFolder).ToDictionary(f => Path.GetFileName(f), f => CsvTable.Parse(Path.GetFileName(f), File.ReadAllText(f)));
        using var xml = XmlWriter.Create(xmlPath, new XmlWriterSettings { Indent = true });
        xml.WriteStartElement("VipObject");
        xml.WriteAttributeString("schemaVersion", tables["source.txt"].Rows[0].Get("version"));
        foreach (var (file, element) in Simple)
        {
            foreach (var row in tables[file].Rows) WriteObject(xml, element, row, ["version"]);
        }
        foreach (var group in tables["schedule.txt"].Rows.GroupBy(r => r.Get("hours_open_id")))
        {
            xml.WriteStartElement("HoursOpen");
            xml.WriteAttributeString("id", group.Key);
            foreach (var row in group)
            {
                xml.WriteStartElement("Schedule");
                xml.WriteStartElement("Hours");
                Leaf(xml, "StartTime", row.Get("start_time"));
                Leaf(xml, "EndTime", row.Get("end_time"));
                xml.WriteEndElement();
                foreach (var column in (string[])["is_only_by_appointment", "is_or_by_appointment", "is_subject_to_change", "start_date", "end_date"])
                {
                    Leaf(xml, Pascal(column), row.Get(column));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        foreach (var person in tables["person.txt"].Rows)
        {
            WriteObject(xml, "Person", person, [], () => Contacts(xml, tables, person.Get("id")!));
        }
        foreach (var ea in tables["election_administration.txt"].Rows)
        {
            WriteObject(xml, "ElectionAdministration", ea, [], () =>
            {
                foreach (var department in tables["department.txt"].Rows.Where(d => d.Get("election_administration_id") == ea.Get("id")))
                {
                    xml.WriteStartElement("Department");
                    Contacts(xml, tables, department.Get("id")!);
                    Leaf(xml, "ElectionOfficialPersonId", department.Get("election_official_person_id"));
                    foreach (var service in tables["voter_service.txt"].Rows.Where(s => s.Get("department_id") == department.Get("id")))
                    {
                        xml.WriteStartElement("VoterService");
                        Contacts(xml, tables, service.Get("id")!);
                        Text(xml, "Description", service.Get("description"));
                        Leaf(xml, "Type", service.Get("type"));
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
            });
        }
        xml.WriteEndElement();
    }

    private static void WriteObject(XmlWriter xml, string element, CsvRow row, string[] skip, Action? children = null)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("id", row.Get("id"));
        children?.Invoke();
        var structured = row.Headers().Where(h => h.StartsWith("structured_", StringComparison.Ordinal) && row.Get(h) is not null).ToList();
        if (structured.Count > 0)
        {
            xml.WriteStartElement("AddressStructured");
            foreach (var column in structured) Leaf(xml, Pascal(column["structured_".Length..]), row.Get(column));
            xml.WriteEndElement();
        }
        if (row.Get("external_identifier_type") is { } type)
        {
            xml.WriteStartElement("ExternalIdentifiers");
            xml.WriteStartElement("ExternalIdentifier");
            Leaf(xml, "Type", type);
            Leaf(xml, "Value", row.Get("external_identifier_value"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (row.Get("election_notice_text") is { } notice)
        {
            xml.WriteStartElement("ElectionNotice");
            Text(xml, "NoticeText", notice);
            Leaf(xml, "NoticeUri", row.Get("election_notice_uri"));
            xml.WriteEndElement();
        }
        foreach (var column in row.Headers())
        {
            if (column == "id" || skip.Contains(column) || column.StartsWith("structured_", StringComparison.Ordinal) ||
                column.StartsWith("external_identifier", StringComparison.Ordinal) || column.StartsWith("election_notice", StringComparison.Ordinal) ||
                column.EndsWith("_es", StringComparison.Ordinal))
            {
                continue;
            }
            var name = column == "address_line" ? "AddressLine" : Pascal(column);
            // The CSV's NAME_es column is XML's second <Text language="es"> in the same element.
            if (TextElements.Contains(name)) Text(xml, name, row.Get(column), row.Columns.IndexOf(column + "_es") >= 0 ? row.Get(column + "_es") : null);
            else Leaf(xml, name, row.Get(column));
        }
        xml.WriteEndElement();
    }

    private static void Contacts(XmlWriter xml, Dictionary<string, CsvTable> tables, string parent)
    {
        foreach (var contact in tables["contact_information.txt"].Rows.Where(c => c.Get("parent_id") == parent))
        {
            xml.WriteStartElement("ContactInformation");
            xml.WriteAttributeString("label", contact.Get("id"));
            foreach (var line in (string[])["address_line_1", "address_line_2", "address_line_3"]) Leaf(xml, "AddressLine", contact.Get(line));
            foreach (var column in (string[])["directions", "email", "fax", "hours", "name", "phone", "uri"])
            {
                if (column is "directions" or "hours") Text(xml, Pascal(column), contact.Get(column));
                else Leaf(xml, Pascal(column), contact.Get(column));
            }
            xml.WriteEndElement();
        }
    }

    private static void Leaf(XmlWriter xml, string name, string? value)
    {
        if (value is not null) xml.WriteElementString(name, value);
    }

    private static void Text(XmlWriter xml, string name, string? value, string? spanish = null)
    {
        if (value is null) return;
        xml.WriteStartElement(name);
        foreach (var (language, text) in (ReadOnlySpan<(string, string?)>)[("en", value), ("es-US", spanish)])
        {
            if (text is null) continue;
            xml.WriteStartElement("Text");
            xml.WriteAttributeString("language", language);
            xml.WriteString(text);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static System.Collections.Immutable.ImmutableArray<string> Headers(this CsvRow row) => row.Columns.Headers;

    private static string Pascal(string column) =>
        string.Concat(column.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
