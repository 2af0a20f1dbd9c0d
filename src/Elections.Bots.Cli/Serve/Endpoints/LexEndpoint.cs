using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Lex;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>
/// POST <c>/lex</c>: a Lex V2 code-hook event through the Lambda's own handler; the body is the response the
/// function would return. Input the function refuses (not JSON, not a Lex event) gets its error document with 400.
/// </summary>
internal sealed class LexEndpoint(LexFunction function)
{
    public async Task HandleAsync(HttpContext context)
    {
        var body = await JsonRequestBody.ReadAsync(context);
        if (body.Refused) return;
        var result = await function.InvokeAsync(body.Json, context.RequestAborted);
        await RawJson.WriteAsync(context, result.IsError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, result.Body);
    }
}
