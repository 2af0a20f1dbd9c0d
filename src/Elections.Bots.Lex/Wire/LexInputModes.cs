namespace Elections.Bots.Lex.Wire;

/// <summary>How the voter gave this input. Voice versus text is decided from this, never from <c>responseContentType</c>.</summary>
public static class LexInputModes
{
    public const string Text = "Text";
    public const string Speech = "Speech";
    public const string Dtmf = "DTMF";
}
