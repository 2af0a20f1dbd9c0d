using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>What the loopback Runtime API answers to one GET /next: an event, or one of the ways a server misbehaves.</summary>
internal abstract record NextReply
{
    /// <returns>False when the connection must be closed afterwards.</returns>
    public abstract Task<bool> WriteAsync(NetworkStream stream, CancellationToken cancellationToken);

    public static NextReply Event(string requestId, byte[] body, long? deadlineMs = null, string? traceId = null, string? invocationId = null, TimeSpan delay = default) =>
        new EventReply(requestId, body, deadlineMs, traceId, invocationId, delay);

    public static NextReply Event(string requestId, string json, long? deadlineMs = null) => Event(requestId, Encoding.UTF8.GetBytes(json), deadlineMs);

    /// <summary>Bytes that are not an HTTP response, then the connection closes.</summary>
    public static NextReply Garbage(string text) => new RawReply(Encoding.ASCII.GetBytes(text));

    /// <summary>The connection closes without a byte of response.</summary>
    public static NextReply Close() => new RawReply([]);

    /// <summary>A body of <paramref name="length"/> bytes, declared up front or chunked, that the server streams until the client hangs up.</summary>
    public static NextReply Huge(string requestId, long length, bool chunked) => new HugeReply(requestId, length, chunked);

    public static long DeadlineIn(TimeSpan budget) => DateTimeOffset.UtcNow.Add(budget).ToUnixTimeMilliseconds();

    private sealed record EventReply(string RequestId, byte[] Body, long? DeadlineMs, string? TraceId, string? InvocationId, TimeSpan Delay) : NextReply
    {
        public override async Task<bool> WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            var head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            head.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Aws-Request-Id: {RequestId}\r\n");
            head.Append("Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:test\r\n");
            if (DeadlineMs is { } deadline) head.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Deadline-Ms: {deadline}\r\n");
            if (TraceId is not null) head.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Trace-Id: {TraceId}\r\n");
            if (InvocationId is not null) head.Append(CultureInfo.InvariantCulture, $"Lambda-Runtime-Invocation-Id: {InvocationId}\r\n");
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {Body.Length}\r\n\r\n");
            var bytes = Encoding.ASCII.GetBytes(head.ToString());
            var sent = 0;
            if (Delay > TimeSpan.Zero)
            {
                // Slow: the status line, a pause, the headers a byte at a time, another pause, then the body.
                sent = "HTTP/1.1 200 OK\r\n".Length;
                await stream.WriteAsync(bytes.AsMemory(0, sent), cancellationToken);
                await Task.Delay(Delay, cancellationToken);
                for (; sent < bytes.Length; sent++) await stream.WriteAsync(bytes.AsMemory(sent, 1), cancellationToken);
                await Task.Delay(Delay, cancellationToken);
            }
            await stream.WriteAsync(bytes.AsMemory(sent), cancellationToken);
            await stream.WriteAsync(Body, cancellationToken);
            return true;
        }
    }

    private sealed record RawReply(byte[] Bytes) : NextReply
    {
        public override async Task<bool> WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            if (Bytes.Length > 0) await stream.WriteAsync(Bytes, cancellationToken);
            return false;
        }
    }

    private sealed record HugeReply(string RequestId, long Length, bool Chunked) : NextReply
    {
        public override async Task<bool> WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            var framing = Chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {Length}";
            var head = $"HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: {RequestId}\r\n{framing}\r\n\r\n";
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
                for (long sent = 0; sent < Length; sent += chunk.Length)
                {
                    if (Chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), cancellationToken);
                    await stream.WriteAsync(chunk, cancellationToken);
                    if (Chunked) await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
                }
            }
            catch (IOException)
            {
                // The client stopped reading and closed: that is what a clean refusal looks like.
            }
            return false;
        }
    }
}
