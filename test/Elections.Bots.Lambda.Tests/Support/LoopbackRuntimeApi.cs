using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>
/// A Lambda Runtime API on a loopback port, written here so tests control every byte: events are queued with
/// <see cref="Enqueue"/> and served to GET /next in order (a /next with nothing queued waits, as Lambda's does);
/// every POST is recorded and answered with <see cref="PostStatus"/> (202 unless a test says otherwise).
/// </summary>
internal sealed class LoopbackRuntimeApi : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<NextReply> _replies = Channel.CreateUnbounded<NextReply>();
    private readonly Channel<RuntimePost> _posts = Channel.CreateUnbounded<RuntimePost>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _nextRequests;
    private int _disposed;

    public LoopbackRuntimeApi()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The status for a post, by path; 202 Accepted by default.</summary>
    public Func<string, int> PostStatus { get; set; } = _ => 202;

    /// <summary>How many GET /next requests have arrived.</summary>
    public int NextRequests => Volatile.Read(ref _nextRequests);

    public void Enqueue(NextReply reply) => _replies.Writer.TryWrite(reply);

    public async Task<RuntimePost> NextPostAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            return await _posts.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The function posted nothing to the Runtime API in time.");
        }
    }

    /// <summary>Waits until the function is waiting on /next again, i.e. it has finished with everything before.</summary>
    public async Task WaitForNextRequestsAsync(int count, TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (NextRequests < count) await Task.Delay(5, wait.Token);
    }

    public bool TryTakePost(out RuntimePost? post) => _posts.Reader.TryRead(out post);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping.
        }
        Task[] open;
        lock (_connections) open = [.. _connections];
        await Task.WhenAll(open.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_connections) _connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await ReadRequestAsync(stream, _stop.Token) is { } request)
                {
                    if (!await AnswerAsync(stream, request, _stop.Token)) return;
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away, or the server is stopping.
            }
        }
    }

    private async Task<bool> AnswerAsync(NetworkStream stream, Request request, CancellationToken cancellationToken)
    {
        if (request.Method == "GET" && request.Path.EndsWith("/runtime/invocation/next", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _nextRequests);
            var reply = await _replies.Reader.ReadAsync(cancellationToken);
            return await reply.WriteAsync(stream, cancellationToken);
        }
        var status = request.Method == "POST" ? PostStatus(request.Path) : 404;
        var head = $"HTTP/1.1 {status} {(status < 300 ? "Accepted" : "Refused")}\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        if (request.Method == "POST") _posts.Writer.TryWrite(new RuntimePost(request.Path, request.Headers, request.Body));
        return true;
    }

    private static async Task<Request?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        while (head.Count < 4 || !(head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0) return null;
            head.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return new Request(requestLine[0], requestLine[1], headers, body);
    }

    private sealed record Request(string Method, string Path, Dictionary<string, string> Headers, byte[] Body);
}
