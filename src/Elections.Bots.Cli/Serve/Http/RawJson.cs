using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>Writes JSON the handlers already serialized (a Lambda function's response body) byte for byte.</summary>
internal static class RawJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task WriteAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
