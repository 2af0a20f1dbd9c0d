namespace Elections.Bots.Core.Text;

/// <summary>Voice must never read a URL aloud: replaces web addresses in FAQ text with a spoken stand-in.</summary>
public static class UrlStripper
{
    public static string ForSpeech(string text, Locale locale)
    {
        if (!text.Contains('/', StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) &&
            !text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }
        var website = locale == Locale.Spanish ? "el sitio web de la oficina electoral" : "the elections office website";
        var email = locale == Locale.Spanish ? "el correo de la oficina electoral" : "the elections office email";
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var core = word.TrimEnd('.', ',', ';', ':', ')', '!', '?');
            var trailing = word[core.Length..];
            if (IsUrl(core)) words[i] = website + trailing;
            else if (core.Contains('@', StringComparison.Ordinal) && core.Contains('.', StringComparison.Ordinal)) words[i] = email + trailing;
        }
        return string.Join(' ', words);
    }

    private static bool IsUrl(string word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
        (word.Contains('/', StringComparison.Ordinal) && word.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot &&
         dot < word.IndexOf('/', StringComparison.Ordinal));
}
