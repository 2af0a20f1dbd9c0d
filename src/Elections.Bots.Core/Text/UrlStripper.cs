using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Text;

/// <summary>Voice must never read a URL aloud: replaces web addresses in FAQ text with a spoken stand-in.</summary>
public static class UrlStripper
{
    /// <summary>Punctuation that may follow an address in a sentence and stays after its stand-in.</summary>
    private const string Trailing = ".,;:)!?";

    public static string ForSpeech(string text, Locale locale)
    {
        if (!text.Contains('/', StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) &&
            !text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }
        var website = locale == Locale.Spanish ? "el sitio web de la oficina electoral" : "the elections office website";
        var email = locale == Locale.Spanish ? "el correo de la oficina electoral" : "the elections office email";

        // Word by word between single spaces, written into one buffer: only the spoken text is allocated.
        var spoken = new TextJoiner();
        var rest = text.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var core = word.TrimEnd(Trailing);
            var stand = IsUrl(core) ? website : IsEmail(core) ? email : null;
            if (stand is null) spoken.Append(word);
            else
            {
                spoken.Append(stand);
                spoken.Append(word[core.Length..]);
            }
            if (space < 0) break;
            spoken.Append(' ');
            rest = rest[(space + 1)..];
        }
        var result = spoken.ToStringAndClear();
        spoken.Release();
        return result;
    }

    private static bool IsUrl(ReadOnlySpan<char> word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
        (word.Contains('/') && word.IndexOf('.') is > 0 and var dot && dot < word.IndexOf('/'));

    private static bool IsEmail(ReadOnlySpan<char> word) => word.Contains('@') && word.Contains('.');
}
