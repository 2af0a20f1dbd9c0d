using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace ColdStart;

/// <summary>
/// A lean Runtime API on loopback that timestamps what matters: when an event's last byte left, and when the
/// answer's last byte arrived. Buffered parsing keeps its own cost to a few microseconds per request.
/// </summary>
internal sealed class BenchRuntimeApi : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<(string Id, byte[] Body)> _events = Channel.CreateUnbounded<(string, byte[])>();
    private readonly Channel<Posted> _posts = Channel.CreateUnbounded<Posted>();
    private readonly ConcurrentDictionary<string, long> _sentAt = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public BenchRuntimeApi()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public void Enqueue(string id, byte[] body) => _events.Writer.TryWrite((id, body));

    public async Task<Posted> NextPostAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _posts.Reader.ReadAsync(timeout.Token);
    }

    public long SentAt(string id) => _sentAt[id];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception)
        {
            // Stopping.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            int start = 0, end = 0;
            try
            {
                while (true)
                {
                    int headerEnd;
                    while ((headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8)) < 0)
                    {
                        if (start > 0) { Buffer.BlockCopy(buffer, start, buffer, 0, end - start); end -= start; start = 0; }
                        var read = await stream.ReadAsync(buffer.AsMemory(end), _stop.Token);
                        if (read == 0) return;
                        end += read;
                    }
                    var head = Encoding.ASCII.GetString(buffer, start, headerEnd);
                    start += headerEnd + 4;
                    var length = ContentLength(head);
                    while (end - start < length)
                    {
                        if (start > 0) { Buffer.BlockCopy(buffer, start, buffer, 0, end - start); end -= start; start = 0; }
                        var read = await stream.ReadAsync(buffer.AsMemory(end), _stop.Token);
                        if (read == 0) return;
                        end += read;
                    }
                    start += length;
                    var received = Stopwatch.GetTimestamp();
                    var path = head.Split(' ', 3)[1];
                    if (head.StartsWith("GET", StringComparison.Ordinal))
                    {
                        var (id, body) = await _events.Reader.ReadAsync(_stop.Token);
                        var reply = Encoding.ASCII.GetBytes(
                            $"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: {id}\r\nLambda-Runtime-Deadline-Ms: {DateTimeOffset.UtcNow.AddSeconds(10).ToUnixTimeMilliseconds()}\r\nContent-Length: {body.Length}\r\n\r\n");
                        await stream.WriteAsync(reply.Concat(body).ToArray(), _stop.Token);
                        _sentAt[id] = Stopwatch.GetTimestamp();
                    }
                    else
                    {
                        await stream.WriteAsync("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), _stop.Token);
                        var segments = path.Split('/');
                        _posts.Writer.TryWrite(new Posted(segments.Length > 5 ? segments[^2] : "init", segments[^1], received));
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The function exited or the bench is done.
            }
        }
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line.AsSpan(15).Trim(), CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }
}

/// <param name="Kind">response, error (or error for /init/error with RequestId "init").</param>
internal sealed record Posted(string RequestId, string Kind, long ReceivedAt);
