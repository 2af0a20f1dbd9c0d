namespace Elections.Bots.Lambda.Handlers;

/// <summary>The values of <c>_HANDLER</c>: one bootstrap, one function per name.</summary>
public static class HandlerNames
{
    public const string Lex = "lex";
    public const string Alexa = "alexa";
    public const string Import = "import";

    public static ImmutableArray<string> All { get; } = [Lex, Alexa, Import];
}
