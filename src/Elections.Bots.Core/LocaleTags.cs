namespace Elections.Bots.Core;

/// <summary>Turns the locale spellings channels use (<c>en-US</c>, <c>en_US</c>, <c>es</c>) into <see cref="Locale"/>.</summary>
public static class LocaleTags
{
    public const string EnglishUS = "en-US";
    public const string SpanishUS = "es-US";

    public static string ToTag(this Locale locale) => locale == Locale.Spanish ? SpanishUS : EnglishUS;

    /// <summary>Lex writes locales with an underscore (<c>es_US</c>).</summary>
    public static string ToLexLocaleId(this Locale locale) => locale == Locale.Spanish ? "es_US" : "en_US";

    /// <summary>Any Spanish tag (es, es-US, es_MX, ES-es) is Spanish; anything else known is English.</summary>
    public static bool TryParse(string? tag, out Locale locale)
    {
        locale = Locale.English;
        if (string.IsNullOrWhiteSpace(tag)) return false;
        var span = tag.AsSpan().Trim();
        if (span.Length < 2) return false;
        var language = span[..2];
        if (language.Equals("es", StringComparison.OrdinalIgnoreCase))
        {
            locale = Locale.Spanish;
            return span.Length == 2 || span[2] is '-' or '_';
        }
        if (language.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return span.Length == 2 || span[2] is '-' or '_';
        }
        return false;
    }

    public static Locale ParseOrEnglish(string? tag) => TryParse(tag, out var locale) ? locale : Locale.English;
}
