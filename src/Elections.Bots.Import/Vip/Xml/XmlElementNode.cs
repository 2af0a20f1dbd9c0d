using System.Text;
using System.Xml;

namespace Elections.Bots.Import.Vip.Xml;

/// <summary>
/// One top-level VIP object read into a small tree: XML feeds are streamed object by object, and each object
/// (a precinct, a street segment) is tiny, so only one is held at a time.
/// </summary>
internal sealed class XmlElementNode(string name, int line, int column, string? id, string? label, string? language)
{
    private const int MaxDepth = 12;
    private StringBuilder? _text;

    public string Name { get; } = name;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string? Id { get; } = id;
    public string? Label { get; } = label;
    public string? Language { get; } = language;
    public List<XmlElementNode> Children { get; } = [];

    /// <summary>
    /// The element's value: its text, or for VIP InternationalizedText (<c>&lt;Text language="en"&gt;</c> children)
    /// the English text, else the first one.
    /// </summary>
    public string? Value
    {
        get
        {
            if (Children.Count > 0 && Children.TrueForAll(c => c.Name == "Text"))
            {
                var text = Children.Find(c => string.Equals(c.Language, "en", StringComparison.OrdinalIgnoreCase)) ?? Children[0];
                return text.Value;
            }
            var value = _text?.ToString().Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }

    /// <summary>For InternationalizedText, the Spanish text (<c>language="es"</c>, <c>"es-US"</c>…), else null.</summary>
    public string? SpanishValue =>
        Children.Count > 0 && Children.TrueForAll(c => c.Name == "Text")
            ? Children.Find(c => c.Language is { } tag && (tag.Equals("es", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("es-", StringComparison.OrdinalIgnoreCase)))?.Value
            : null;

    public IEnumerable<XmlElementNode> All(string name) => Children.Where(c => c.Name == name);

    public XmlElementNode? First(string name) => Children.Find(c => c.Name == name);

    /// <summary>Reads the element the reader is on, through its end tag.</summary>
    public static XmlElementNode Read(XmlReader reader, int depth = 0)
    {
        if (depth > MaxDepth) throw new XmlException("elements are nested deeper than any VIP object", null, Info(reader).LineNumber, Info(reader).LinePosition);
        var info = Info(reader);
        var node = new XmlElementNode(reader.LocalName, info.LineNumber, info.LinePosition,
            reader.GetAttribute("id"), reader.GetAttribute("label"), reader.GetAttribute("language"));
        if (reader.IsEmptyElement) return node;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    node.Children.Add(Read(reader, depth + 1));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    (node._text ??= new StringBuilder()).Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    return node;
            }
        }
        return node;
    }

    private static IXmlLineInfo Info(XmlReader reader) => (IXmlLineInfo)reader;
}
