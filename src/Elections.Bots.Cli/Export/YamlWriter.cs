using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Elections.Bots.Cli.Export;

/// <summary>
/// Writes the block-style YAML CloudFormation reads: two-space indents, list items as <c>- Key: value</c>.
/// Scalars that are not plain identifiers are double-quoted with JSON-style escapes (valid YAML), so no voter
/// phrase (an apostrophe, a colon, "no", "yes") can change meaning.
/// </summary>
internal sealed partial class YamlWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private bool _pendingItem;

    private void Key(string key) => Line(key + ":");

    public void Property(string key, string value) => Line(key + ": " + Quote(value));

    public void Property(string key, bool value) => Line(key + ": " + (value ? "true" : "false"));

    public void Property(string key, double value) => Line(key + ": " + value.ToString("0.0#", CultureInfo.InvariantCulture));

    public void Property(string key, int value) => Line(key + ": " + value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>Key:</c> then the nested content one level deeper.</summary>
    public void Nested(string key, Action<YamlWriter> content)
    {
        Key(key);
        _indent++;
        content(this);
        _indent--;
    }

    /// <summary><c>Key:</c> then one list item per element, each item's content written by <paramref name="item"/>.</summary>
    public void List<T>(string key, IEnumerable<T> items, Action<YamlWriter, T> item)
    {
        Key(key);
        _indent++;
        foreach (var element in items)
        {
            // The item's first line begins with "- "; its later lines line up under its first key.
            _pendingItem = true;
            _indent++;
            item(this, element);
            _indent--;
        }
        _indent--;
    }

    public override string ToString() => _text.ToString();

    public static string Quote(string value)
    {
        if (PlainScalar().IsMatch(value) && !IsReserved(value)) return value;
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case < ' ': quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private void Line(string content)
    {
        if (_pendingItem)
        {
            _text.Append(' ', (_indent - 1) * 2).Append("- ").Append(content).Append('\n');
            _pendingItem = false;
            return;
        }
        _text.Append(' ', _indent * 2).Append(content).Append('\n');
    }

    // YAML 1.1 readers (CloudFormation among them) take these bare words as booleans or null.
    private static bool IsReserved(string value) => value.ToLowerInvariant() is
        "y" or "n" or "yes" or "no" or "on" or "off" or "true" or "false" or "null" or "~";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainScalar();
}
