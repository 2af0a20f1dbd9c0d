using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Elections.Bots.Lambda.Runtime;

/// <summary>
/// The Lambda Runtime API over one <see cref="HttpClient"/>. No call has a timeout: Lambda freezes the process
/// while /next waits, and a timer would fire on thaw. Transport failures and 5xx on posts are retried a few
/// times; the same post twice is harmless (the second gets 4xx).
/// </summary>
public sealed class RuntimeApiClient
{
    public const string ApiVersion = "2018-06-01";

    /// <summary>Lambda's synchronous payload limit; a larger event cannot be a real one and is refused unread.</summary>
    public const int MaxEventBytes = 6 * 1024 * 1024;

    private const int PostAttempts = 3;
    private static readonly MediaTypeHeaderValue Json = new(RuntimeApiHeaders.JsonContentType);
    private static readonly MediaTypeHeaderValue ErrorJson = new(RuntimeApiHeaders.ErrorContentType);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly string _invocationBase;
    private readonly Uri _next;
    private readonly Uri _initError;

    /// <param name="runtimeApi">host:port, from AWS_LAMBDA_RUNTIME_API.</param>
    public RuntimeApiClient(HttpClient http, string runtimeApi, TimeProvider time)
    {
        _http = http;
        _time = time;
        var runtime = $"http://{runtimeApi}/{ApiVersion}/runtime/";
        _invocationBase = runtime + "invocation/";
        _next = new Uri(_invocationBase + "next");
        _initError = new Uri(runtime + "init/error");
    }

    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ActivityHeadersPropagator = null,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Waits for the next event and reads it into <paramref name="buffer"/>.</summary>
    /// <exception cref="RuntimeApiException">No usable answer: unreachable, not HTTP, not 200, or no request id.</exception>
    public async Task<Invocation> GetNextAsync(EventBuffer buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(_next, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new RuntimeApiException("GET /next failed: " + e.Message, e);
        }
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new RuntimeApiException($"GET /next answered {(int)response.StatusCode}.");
            }
            var headers = response.Headers.NonValidated;
            var requestId = Header(headers, RuntimeApiHeaders.RequestId);
            if (requestId is null || !IsSafeId(requestId))
            {
                throw new RuntimeApiException("GET /next answered an event without a usable request id.");
            }
            var invocation = new Invocation(
                requestId,
                long.TryParse(Header(headers, RuntimeApiHeaders.DeadlineMs), NumberStyles.None, CultureInfo.InvariantCulture, out var deadline) ? deadline : null,
                Header(headers, RuntimeApiHeaders.TraceId),
                Header(headers, RuntimeApiHeaders.InvocationId));
            try
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var complete = await buffer.FillAsync(body, response.Content.Headers.ContentLength, MaxEventBytes, cancellationToken).ConfigureAwait(false);
                return complete ? invocation : invocation with { Problem = EventProblem.TooLarge };
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return invocation with { Problem = EventProblem.Unreadable };
            }
        }
    }

    public Task<PostStatus> PostResponseAsync(Invocation invocation, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        PostAsync(new Uri(string.Concat(_invocationBase, invocation.RequestId, "/response")), invocation.InvocationId, null, Json, body, cancellationToken);

    public Task<PostStatus> PostErrorAsync(Invocation invocation, string errorType, ReadOnlyMemory<byte> document, CancellationToken cancellationToken) =>
        PostAsync(new Uri(string.Concat(_invocationBase, invocation.RequestId, "/error")), invocation.InvocationId, errorType, ErrorJson, document, cancellationToken);

    public Task<PostStatus> PostInitErrorAsync(string errorType, ReadOnlyMemory<byte> document, CancellationToken cancellationToken) =>
        PostAsync(_initError, null, errorType, ErrorJson, document, cancellationToken);

    private async Task<PostStatus> PostAsync(
        Uri uri, string? invocationId, string? errorType, MediaTypeHeaderValue contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ReadOnlyMemoryContent(body) };
            request.Content.Headers.ContentType = contentType;
            if (invocationId is not null) request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.InvocationId, invocationId);
            if (errorType is not null) request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.ErrorType, errorType);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 200 and < 300) return PostStatus.Accepted;
                if (response.StatusCode == HttpStatusCode.Gone) return PostStatus.Stale;
                if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge) return PostStatus.TooLarge;
                // A retried post whose first try got through is refused as already answered: that is success.
                if (status is >= 400 and < 500) return attempt == 1 ? PostStatus.Rejected : PostStatus.Accepted;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                // Connection closed or garbage back: try again, the request may never have arrived.
            }
            if (attempt == PostAttempts) return PostStatus.Failed;
            await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt * attempt), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Header(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;

    /// <summary>The id goes into a URL path: letters, digits, dashes and underscores only (Lambda sends UUIDs); no dot can climb the path.</summary>
    private static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 128 && id.AsSpan().IndexOfAnyExcept(SafeIdCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> SafeIdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
