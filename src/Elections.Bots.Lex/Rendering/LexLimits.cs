namespace Elections.Bots.Lex.Rendering;

/// <summary>Lex V2 runtime limits on what a code hook returns (wire reference §2.3–2.4).</summary>
public static class LexLimits
{
    public const int MaxMessages = 10;
    public const int MaxContentLength = 1024;
    public const int MaxCardTitleLength = 250;
    public const int MaxButtons = 5;
    public const int MaxButtonTextLength = 50;
    public const int MaxResponseBytes = 25 * 1024;
    public const int MaxSessionAttributesBytes = 12 * 1024;
}
