using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>
/// Reads a POST body for the JSON endpoints: <c>application/json</c> in UTF-8 only (415 otherwise), at most
/// 1 MB (413). Requiring the JSON content type also keeps other web sites out: a browser cannot send it
/// cross-origin without a CORS preflight, which this server never grants.
/// </summary>
internal static class JsonRequestBody
{
    /// <summary>Lex events are at most 12 KB and Alexa requests a few; a megabyte is room for any real payload.</summary>
    public const int MaxBytes = 1024 * 1024;

    public const string JsonMediaType = "application/json";

    public static async Task<BodyRead> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !media.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Send the body as JSON with the header Content-Type: application/json.");
        }
        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "JSON must be sent in UTF-8 (charset=utf-8).");
        }
        if (request.ContentLength > MaxBytes) return await TooLargeAsync(context);

        var buffer = new byte[Math.Min(request.ContentLength ?? 16 * 1024, MaxBytes) + 1];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > MaxBytes) return await TooLargeAsync(context);
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxBytes + 1));
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted);
                if (read == 0) break;
                length += read;
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await TooLargeAsync(context);
        }
        catch (BadHttpRequestException)
        {
            return await RefuseAsync(context, StatusCodes.Status400BadRequest, "The request body could not be read.");
        }
        return length > MaxBytes ? await TooLargeAsync(context) : new BodyRead(buffer.AsMemory(0, length), Refused: false);
    }

    private static Task<BodyRead> TooLargeAsync(HttpContext context) =>
        RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBytes / 1024 / 1024} MB.");

    private static async Task<BodyRead> RefuseAsync(HttpContext context, int status, string message)
    {
        await Problems.WriteAsync(context, status, message);
        return new BodyRead(default, Refused: true);
    }
}
