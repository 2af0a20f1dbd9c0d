using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Http;

/// <summary>
/// The page's HTML, CSS and JavaScript, embedded in the assembly and served by exact name only, so no request
/// path ever reaches the file system.
/// </summary>
internal sealed class PageAssets
{
    private const string ResourcePrefix = "playground/";

    /// <summary>Scripts and styles from this server only, no inline code, no framing, nothing sent anywhere else.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly FrozenDictionary<string, PageAsset> _assets;

    private PageAssets(FrozenDictionary<string, PageAsset> assets) => _assets = assets;

    public static PageAssets Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        var assets = new Dictionary<string, PageAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[ResourcePrefix.Length..];
            assets[name] = new PageAsset(copy.ToArray(), ContentTypeOf(name));
        }
        return new PageAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public async Task WriteAsync(HttpContext context, string name)
    {
        if (!_assets.TryGetValue(name, out var asset))
        {
            await Problems.WriteAsync(context, StatusCodes.Status404NotFound, "There is no such page.");
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // The page changes with the tool; a stale cached script against a newer API helps nobody.
        headers.CacheControl = "no-cache";
        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}
