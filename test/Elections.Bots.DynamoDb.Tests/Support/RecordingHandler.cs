using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>
/// Sits between the SDK and dynalite: counts every request by operation and lets a test answer a request
/// itself (throttling, unprocessed items) or hold it (to line up two publishers).
/// </summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private const string TargetHeader = "X-Amz-Target";
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <summary>Return a response to answer instead of dynalite, or null to pass the request on.</summary>
    public Func<DynamoRequest, CancellationToken, Task<HttpResponseMessage?>>? Intercept { get; set; }

    public int Total => _calls.Values.Sum();

    public int Count(string operation) => _calls.GetValueOrDefault(operation);

    public void Reset() => _calls.Clear();

    public static HttpResponseMessage Error(string type, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json(status, $$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{type}}","message":"injected by the test"}""");

    public static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.TryGetValues(TargetHeader, out var values) ? values.FirstOrDefault() ?? "" : "";
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (Intercept is { } intercept)
        {
            var body = "";
            if (request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync(cancellationToken);
                body = await request.Content.ReadAsStringAsync(cancellationToken);
            }
            if (await intercept(new DynamoRequest(operation, body), cancellationToken) is { } answer) return answer;
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
