using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Elections.Bots.Core.Json;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> and its buffer kept per thread for a document written on every turn (a
/// response, the session state): creating both for each write cost more than the write. Only the finished bytes
/// or string are allocated. A buffer grown past <paramref name="maxCachedBytes"/> by some odd document is let go.
/// </summary>
/// <remarks>Meant for a static field that lives as long as the process; disposing lets every thread's buffer go.</remarks>
public sealed class JsonWriterCache(JsonWriterOptions options, int initialCapacity, int maxCachedBytes) : IDisposable
{
    private readonly ThreadLocal<Scratch?> _scratch = new();

    public byte[] WriteToBytes<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var scratch = Take();
        write(scratch.Writer, state);
        scratch.Writer.Flush();
        var bytes = scratch.Buffer.WrittenSpan.ToArray();
        Keep(scratch);
        return bytes;
    }

    public string WriteToString<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var scratch = Take();
        write(scratch.Writer, state);
        scratch.Writer.Flush();
        var text = Encoding.UTF8.GetString(scratch.Buffer.WrittenSpan);
        Keep(scratch);
        return text;
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>Taken, not borrowed: a write that throws, or one nested in another, never shares a buffer.</summary>
    private Scratch Take()
    {
        var scratch = _scratch.Value ?? new Scratch(new ArrayBufferWriter<byte>(initialCapacity), options);
        _scratch.Value = null;
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch.Buffer);
        return scratch;
    }

    private void Keep(Scratch scratch)
    {
        if (scratch.Buffer.Capacity <= maxCachedBytes) _scratch.Value = scratch;
    }

    private sealed class Scratch(ArrayBufferWriter<byte> buffer, JsonWriterOptions options)
    {
        public ArrayBufferWriter<byte> Buffer { get; } = buffer;
        public Utf8JsonWriter Writer { get; } = new(buffer, options);
    }
}
