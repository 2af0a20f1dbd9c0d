using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Elections.Bots.Cli.Export.Lex;

/// <summary>
/// The generated part of <c>template.yaml</c>: the bot's <c>BotLocales</c>, between two marker comments, and the
/// logical id of the <c>AWS::Lex::BotVersion</c>, which carries a digest of that block. CloudFormation creates a
/// bot version only when the resource is new, so a changed model must give the version a new id; an unchanged
/// model keeps it, and a deploy that changes nothing in the bot publishes nothing.
/// </summary>
internal static partial class LexTemplateBlock
{
    public const string BeginMarker = "# BEGIN GENERATED BotLocales";
    public const string EndMarker = "# END GENERATED BotLocales";
    public const string VersionIdPrefix = "BotVersion";

    private const string BeginNote = " (`elections-bots export lex` writes this block from the bot model; do not edit it by hand)";

    /// <summary>The version's logical id for a generated block: the prefix and the first 10 hex digits of its SHA-256.</summary>
    public static string VersionLogicalId(string block) =>
        VersionIdPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(block)))[..10];

    /// <summary>The template with the block between the markers replaced and every version id renamed to match.</summary>
    /// <exception cref="InvalidDataException">The markers are missing, repeated or out of order.</exception>
    public static string Apply(string template, string block)
    {
        var (begin, end, indent) = Locate(template);
        var indented = string.Concat(block.Split('\n').Where(line => line.Length > 0).Select(line => indent + line + "\n"));
        var updated = template[..begin] + indent + BeginMarker + BeginNote + "\n" + indented + template[end..];
        return VersionId().Replace(updated, VersionLogicalId(block));
    }

    /// <summary>The block currently in the template, without its indentation.</summary>
    public static string Extract(string template)
    {
        var (begin, end, indent) = Locate(template);
        var firstLine = template.IndexOf('\n', begin) + 1;
        var lines = template[firstLine..end].Split('\n').Where(line => line.Length > 0);
        return string.Concat(lines.Select(line => (line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line) + "\n"));
    }

    /// <summary>Start of the begin-marker line (at its indentation), start of the end-marker line, and that indentation.</summary>
    private static (int Begin, int End, string Indent) Locate(string template)
    {
        var begin = MarkerIndex(template, BeginMarker);
        var end = MarkerIndex(template, EndMarker);
        if (end < begin)
        {
            throw new InvalidDataException($"'{EndMarker}' comes before '{BeginMarker}' in the template.");
        }
        var lineStart = template.LastIndexOf('\n', begin) + 1;
        var indent = template[lineStart..begin];
        if (indent.Any(c => c != ' '))
        {
            throw new InvalidDataException($"'{BeginMarker}' must stand alone on its line, indented with spaces where BotLocales goes.");
        }
        var endLineStart = template.LastIndexOf('\n', end) + 1;
        return (lineStart, endLineStart, indent);
    }

    private static int MarkerIndex(string template, string marker)
    {
        var index = template.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidDataException($"The template has no '{marker}' line: put the two marker comments where the bot's BotLocales go.");
        }
        if (template.IndexOf(marker, index + marker.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidDataException($"The template has '{marker}' twice; keep one pair of markers.");
        }
        return index;
    }

    [GeneratedRegex(VersionIdPrefix + "[0-9a-f]{10}\\b", RegexOptions.CultureInvariant)]
    private static partial Regex VersionId();
}
