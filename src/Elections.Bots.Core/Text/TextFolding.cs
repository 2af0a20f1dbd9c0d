namespace Elections.Bots.Core.Text;

/// <summary>
/// Lower-cases and strips accents from Latin letters ("Español" → "espanol") with a table of our own: Lambda runs
/// with invariant globalization, where Unicode normalization cannot be relied on.
/// </summary>
public static class TextFolding
{
    public static char FoldChar(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u00C0' => c,
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' => 'a',
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' or 'Í' or 'Ì' or 'Î' or 'Ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' or 'Ú' or 'Ù' or 'Û' or 'Ü' => 'u',
        'ñ' or 'Ñ' => 'n',
        'ç' or 'Ç' => 'c',
        _ => char.ToLowerInvariant(c),
    };

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
    }).Trim();
}
