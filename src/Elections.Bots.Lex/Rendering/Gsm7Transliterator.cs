using System.Text;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Replaces the few characters that force a Spanish or typographic text into UCS-2 (á, í, ó, ú, curly quotes,
/// dashes, the ellipsis) with their GSM-7 look-alikes. Used only when the text would not fit two UCS-2 segments:
/// "votacion" in two segments beats "votación" cut in half.
/// </summary>
public static class Gsm7Transliterator
{
    public static string Transliterate(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (SmsSegments.IsGsm7(c)) { builder?.Append(c); continue; }
            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            builder.Append(Replacement(c) ?? c.ToString());
        }
        return builder?.ToString() ?? text;
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
