using System.Runtime.CompilerServices;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Replaces the few characters that force a Spanish or typographic text into UCS-2 (á, í, ó, ú, curly quotes,
/// dashes, the ellipsis) with their GSM-7 look-alikes. Used only when the text would not fit two UCS-2 segments:
/// "votacion" in two segments beats "votación" cut in half.
/// </summary>
public static class Gsm7Transliterator
{
    /// <summary>Appends <paramref name="text"/> respelled to <paramref name="into"/>; true when it held any character outside GSM-7.</summary>
    public static bool Transliterate(ReadOnlySpan<char> text, ref DefaultInterpolatedStringHandler into)
    {
        var respelled = false;
        var rest = text;
        while (!rest.IsEmpty)
        {
            var kept = 0;
            while (kept < rest.Length && SmsSegments.IsGsm7(rest[kept])) kept++;
            into.AppendFormatted(rest[..kept]);
            if (kept == rest.Length) break;
            respelled = true;
            // A character with no look-alike stays as it is: the text then stays UCS-2 and is shortened instead.
            if (Replacement(rest[kept]) is { } replacement) into.AppendLiteral(replacement);
            else into.AppendFormatted(rest.Slice(kept, 1));
            rest = rest[(kept + 1)..];
        }
        return respelled;
    }

    private static string? Replacement(char c) => c switch
    {
        'á' or 'â' or 'ã' or 'ā' => "a",
        'Á' or 'À' or 'Â' or 'Ã' => "A",
        'ê' or 'ë' or 'ē' => "e",
        'È' or 'Ê' or 'Ë' => "E",
        'í' or 'î' or 'ï' => "i",
        'Í' or 'Ì' or 'Î' or 'Ï' => "I",
        'ó' or 'ô' or 'õ' => "o",
        'Ó' or 'Ò' or 'Ô' or 'Õ' => "O",
        'ú' or 'û' => "u",
        'Ú' or 'Ù' or 'Û' => "U",
        'ç' => "c",
        'ý' or 'ÿ' => "y",
        '‘' or '’' or '´' or '`' => "'",
        '“' or '”' or '«' or '»' => "\"",
        '–' or '—' or '‐' or '‑' => "-",
        '…' => "...",
        '\u00a0' or '\u2009' or '\u202f' => " ",
        '•' or '·' => "-",
        _ => null,
    };
}
