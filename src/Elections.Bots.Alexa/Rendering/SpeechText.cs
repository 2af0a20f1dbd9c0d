namespace Elections.Bots.Alexa.Rendering;

/// <summary>Speech never reads a web address aloud: links belong on the card.</summary>
public static class SpeechText
{
    public static bool HasUrl(ReadOnlySpan<char> text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Drops every word that is a web address, keeping the rest of the sentence.</summary>
    public static string WithoutUrls(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Where(word => !HasUrl(word.AsSpan())));
    }
}
