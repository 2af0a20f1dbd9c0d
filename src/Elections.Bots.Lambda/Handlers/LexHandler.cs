using System.Text.Json;
using Elections.Bots.Lambda.Composition;
using Elections.Bots.Lex;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lambda.Handlers;

/// <summary>The Lex V2 code hook. Input that is not a Lex event becomes a function error; everything else an answer.</summary>
public sealed class LexHandler(LexFunction function) : IInvocationHandler
{
    public const string ErrorCategory = "Lex.";

    public static LexHandler Create(FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new LexHandler(new LexFunction(services.Engine, services.EngineOptions));
    }

    public async ValueTask<HandlerResult> HandleAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken)
    {
        var result = await function.InvokeAsync(utf8Event, cancellationToken).ConfigureAwait(false);
        if (!result.IsError) return new HandlerResult(result.Body, Trace: result.Reply?.Trace, Outcome: result.Reply?.Outcome);
        // The body is already a Lambda error document; its type also names the error in the header.
        var error = JsonSerializer.Deserialize(result.Body, LexJsonContext.Default.LexError);
        return new HandlerResult(result.Body, ErrorCategory + (error?.ErrorType ?? LexErrorTypes.NotLexEvent));
    }
}
