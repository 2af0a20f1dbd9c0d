namespace Elections.Bots.Lex.Wire;

/// <summary><see cref="LexError.ErrorType"/> values for input that is not a Lex event.</summary>
public static class LexErrorTypes
{
    public const string InvalidJson = "InvalidJson";
    public const string NotLexEvent = "NotLexEvent";
    public const string PayloadTooLarge = "PayloadTooLarge";
    public const string UnreadableInput = "UnreadableInput";
}
