namespace Elections.Bots.Lex;

public enum LexInvocationStatus
{
    /// <summary>The engine answered; the body is a Lex response.</summary>
    Answered,

    /// <summary>The event or the engine failed; the body is a Lex response with the adapter's apology and the office's phone.</summary>
    Recovered,

    /// <summary>The input is not a Lex event; the body is a <see cref="Wire.LexError"/>. The CLI exits non-zero and the Lambda host reports a function error.</summary>
    Rejected,
}
