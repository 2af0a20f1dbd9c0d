using System.Runtime.CompilerServices;
using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Reads secondary units ("APT 4B", "# 4B", "UNIT 3", "STE 200", "REAR", "BLDG 2 APT 3") into their values only:
/// "4B", "3", "200", "REAR", "2 3". The designator is dropped because voters and feeds name the same door
/// differently.
/// </summary>
internal static class UnitReader
{
    private const int MaxValues = 3;

    public static bool StartsUnit(ReadOnlySpan<Token> words) =>
        !words.IsEmpty && (SecondaryUnits.NeedsValue(words[0].Text) || IsStandAloneAt(words, 0, out _));

    /// <summary>
    /// A comma-separated part that is a unit: "Apt 3", "# 3", "Rear"; a lone "Upper" may as well be a town.
    /// </summary>
    public static bool StartsGroupUnit(ReadOnlySpan<Token> group) =>
        !group.IsEmpty && (SecondaryUnits.NeedsValue(group[0].Text) || SecondaryUnits.IsUnmistakable(group[0].Text));

    /// <summary>
    /// Reads units from <paramref name="start"/>; returns where the units end. A bare value ("4B") counts only
    /// when <paramref name="allowBareValue"/>, that is right after a street suffix, where it cannot be a name.
    /// </summary>
    public static int Read(ReadOnlySpan<Token> words, int start, bool allowBareValue, ref string? unit)
    {
        var builder = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[32]);
        var values = 0;
        if (unit is not null)
        {
            builder.AppendLiteral(unit);
            values = 1;
        }
        var i = start;
        while (i < words.Length && values < MaxValues)
        {
            var word = words[i].Text;
            if (SecondaryUnits.NeedsValue(word))
            {
                var v = i + 1;
                while (v < words.Length && SecondaryUnits.IsNumberWord(words[v].Text)) v++;
                if (v == words.Length || StartsUnit(words[v..]))
                {
                    i = v;
                    continue;
                }
                i = v + AppendValue(words[v..], ref builder, ref values);
            }
            else if (IsStandAloneAt(words, i, out var abbreviation))
            {
                Append(abbreviation, ref builder, ref values);
                i++;
            }
            else if (allowBareValue && i == start && words[i].HasDigit && !HouseNumberReader.IsFraction(word))
            {
                i += AppendValue(words[i..], ref builder, ref values);
            }
            else
            {
                break;
            }
        }
        var text = builder.ToStringAndClear();
        unit = text.Length == 0 ? null : text;
        return i;
    }

    /// <summary>"4B"; "4 B"; "four B" (spoken); "4-B" → 4B.</summary>
    private static int AppendValue(ReadOnlySpan<Token> words, ref DefaultInterpolatedStringHandler builder, ref int values)
    {
        var used = SpokenNumbers.CountRun(words);
        Span<char> value = stackalloc char[24];
        var length = 0;
        if (used > 0 && SpokenNumbers.TryRead(words[..used], out var number))
        {
            number.TryFormat(value, out length, provider: null);
        }
        else
        {
            used = 1;
            foreach (var c in words[0].Text.AsSpan())
            {
                if (c != '-' && length < value.Length) value[length++] = c;
            }
        }
        if (used < words.Length && words[used].IsSingleLetter && !value[..length].ContainsAnyExceptInRange('0', '9')
            && words[used].Group == words[0].Group)
        {
            value[length++] = words[used].Text[0];
            used++;
        }
        if (values++ > 0) builder.AppendLiteral(" ");
        builder.AppendFormatted(value[..length]);
        return used;
    }

    private static void Append(string value, ref DefaultInterpolatedStringHandler builder, ref int values)
    {
        if (values++ > 0) builder.AppendLiteral(" ");
        builder.AppendLiteral(value);
    }

    /// <summary>
    /// "UPPER" is a unit at the end of its part of the address or before another designator, not in "Upper
    /// Darby"; REAR, BSMT and PH are units wherever they follow the street.
    /// </summary>
    private static bool IsStandAloneAt(ReadOnlySpan<Token> words, int i, out string abbreviation) =>
        SecondaryUnits.TryStandAlone(words[i].Text, out abbreviation)
        && (SecondaryUnits.IsUnmistakable(words[i].Text) || i + 1 == words.Length
            || words[i + 1].Group != words[i].Group || SecondaryUnits.NeedsValue(words[i + 1].Text));
}
