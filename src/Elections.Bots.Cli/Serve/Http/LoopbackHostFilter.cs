using System.Net;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>
/// On a loopback-only server, answers only requests addressed to localhost or a loopback IP. A web page on
/// another site could otherwise point its own host name at 127.0.0.1 (DNS rebinding) and read the playground.
/// </summary>
internal static class LoopbackHostFilter
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host.Host;
        var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return loopback
            ? next(context)
            : Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "This playground only answers requests addressed to localhost or 127.0.0.1.");
    }
}
