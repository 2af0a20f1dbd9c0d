using System.Runtime.InteropServices;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Vip.Xml;

/// <summary>
/// Lays one XML object out as a row of its CSV file, so the CSV readers and checks serve XML too: nested
/// address, lat/long, external identifier and notice elements become the flattened CSV columns, and each value
/// keeps the line and column of its element for findings.
/// </summary>
internal sealed class XmlRowBuilder
{
    private readonly CsvColumns _columns;
    private readonly string?[] _values;
    private readonly (int Line, int Column)[] _positions;
    private readonly int _line;

    public XmlRowBuilder(CsvColumns columns, XmlElementNode element, string id)
    {
        _columns = columns;
        _values = new string?[columns.Headers.Length];
        _positions = new (int, int)[columns.Headers.Length];
        _line = element.Line;
        Set("id", id, element);
    }

    /// <summary>Copies the element's children; sub-objects (departments, contacts, schedules) are left to the caller.</summary>
    public XmlRowBuilder From(XmlElementNode element)
    {
        var addressLines = 0;
        foreach (var child in element.Children)
        {
            switch (child.Name)
            {
                case "AddressStructured":
                    foreach (var part in child.Children) Set("structured" + part.Name, part.Value, part);
                    break;
                case "LatLng":
                    foreach (var part in child.Children) Set(part.Name == "Source" ? "latlng_source" : part.Name, part.Value, part);
                    break;
                case "ExternalIdentifiers":
                    foreach (var part in child.First("ExternalIdentifier")?.Children ?? []) Set("external_identifier_" + part.Name, part.Value, part);
                    break;
                case "ElectionNotice":
                    foreach (var part in child.Children) Set("election_" + part.Name, part.Value, part);
                    break;
                case "AddressLine" when _columns.IndexOf("address_line") >= 0:
                    Append("address_line", child);
                    break;
                case "AddressLine":
                    Set("address_line_" + ++addressLines, child.Value, child);
                    break;
                default:
                    Set(child.Name, child.Value, child);
                    // A column named NAME_es exists only where the bot speaks the Spanish text (directions).
                    if (child.SpanishValue is { } spanish) Set(child.Name + "_es", spanish, child);
                    break;
            }
        }
        return this;
    }

    public XmlRowBuilder Set(string column, string? value, XmlElementNode at)
    {
        var index = _columns.IndexOf(column);
        // Repeated elements (Email, Phone, UnitNumber): the first one is the one a CSV row can hold.
        if (index < 0 || value is null || _values[index] is not null) return this;
        _values[index] = value;
        _positions[index] = (at.Line, at.Column);
        return this;
    }

    public CsvRow Build() => new(_line,
        ImmutableCollectionsMarshal.AsImmutableArray(_values.Select(v => v ?? string.Empty).ToArray()),
        _columns,
        ImmutableCollectionsMarshal.AsImmutableArray(_positions));

    /// <summary>XML allows several AddressLine elements where CSV has one address_line cell.</summary>
    private void Append(string column, XmlElementNode line)
    {
        var index = _columns.IndexOf(column);
        if (line.Value is not { } value) return;
        if (_values[index] is null) Set(column, value, line);
        else _values[index] += ", " + value;
    }
}
