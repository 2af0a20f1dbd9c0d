using System.Runtime.CompilerServices;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses;

/// <summary>Writes normalized address parts as Publication 28 text.</summary>
internal static class AddressText
{
    /// <summary>"N MAIN ST" for a segment, as the options of a clarifying question name streets.</summary>
    public static string StreetLine(StreetSegment segment) =>
        Join(segment.PreDirectional, segment.StreetName, segment.StreetSuffix, segment.PostDirectional);

    /// <summary>The non-empty parts, one space apart.</summary>
    public static string Join(params ReadOnlySpan<string?> parts)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[64]);
        var first = true;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part)) continue;
            if (!first) text.AppendLiteral(" ");
            text.AppendLiteral(part);
            first = false;
        }
        return text.ToStringAndClear();
    }
}
