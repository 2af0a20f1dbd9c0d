using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>
/// The last line: whatever escapes an endpoint becomes a 500 with one sentence. The exception is not written
/// anywhere, since its message could hold what the voter typed.
/// </summary>
internal static class ErrorBarrier
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
#pragma warning disable CA1031 // Any failure must reach the client as a sentence, never as a stack trace or a dropped connection.
        catch (Exception) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            context.Response.Clear();
            await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "The playground could not answer that request.");
        }
    }
}
