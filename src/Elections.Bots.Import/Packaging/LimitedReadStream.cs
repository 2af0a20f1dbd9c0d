namespace Elections.Bots.Import.Packaging;

/// <summary>Reads at most <c>limit</c> bytes from a decompressing stream and fails past it, whatever the header claimed.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string name) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // One byte more than allowed is enough to prove the entry is larger than it said.
        var allowed = (int)Math.Min(buffer.Length, limit - _read + 1);
        var read = inner.Read(buffer[..allowed]);
        _read += read;
        if (_read > limit)
        {
            throw new InvalidDataException($"'{name}' expands past its declared size of {limit} bytes; the archive is refused");
        }
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
