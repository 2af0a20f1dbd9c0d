using System.Security.Cryptography;

namespace Elections.Bots.Import.Packaging;

/// <summary>Feeds every byte read through it into a hash, so a dataset's version names its content in one pass.</summary>
internal sealed class HashingReadStream(Stream inner, IncrementalHash hash) : ReadOnlyWrapperStream(inner)
{
    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }
}
