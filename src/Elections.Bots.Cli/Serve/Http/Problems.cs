using Elections.Bots.Cli.Serve.Api;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>Writes <see cref="ProblemBody"/> responses.</summary>
internal static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemBody(status, message), ServeJsonContext.Web.ProblemBody, cancellationToken: context.RequestAborted);
    }
}
