namespace Elections.Bots.Lex.Wire;

public static class LexContentTypes
{
    public const string PlainText = "PlainText";
    public const string Ssml = "SSML";
    public const string ImageResponseCard = "ImageResponseCard";
    public const string CustomPayload = "CustomPayload";
}
