namespace Elections.Bots.Lex.Wire;

/// <summary>
/// The body returned for input that is not a Lex event. Same member names as a Lambda function error, so the
/// Lambda host can post it to the Runtime API's error endpoint unchanged.
/// </summary>
public sealed record LexError(string ErrorType, string ErrorMessage);
