namespace Elections.Bots.Import.Packaging;

/// <summary>
/// A zip entry's content, checked as it is read: never more bytes than allowed, and at the end exactly the
/// declared size with the declared CRC-32. The runtime stops at the declared size without complaint, so an entry
/// whose header lies would otherwise be read cut short — half a street file, silently.
/// </summary>
internal sealed class CheckedEntryStream(Stream inner, long declaredLength, uint declaredCrc, long limit, string name)
    : ReadOnlyWrapperStream(inner)
{
    private long _read;
    private uint _crc = Crc32.Seed;
    private bool _verified;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        // One byte more than allowed is enough to prove the entry is larger than allowed.
        var allowed = (int)Math.Min(buffer.Length, limit - _read + 1);
        var read = Inner.Read(buffer[..allowed]);
        _read += read;
        if (_read > limit)
        {
            throw new ZipEntryTooLargeException($"'{name}' expands past {limit} bytes; the archive is refused");
        }
        _crc = Crc32.Append(_crc, buffer[..read]);
        if (read == 0 && !_verified)
        {
            _verified = true;
            if (_read != declaredLength || Crc32.Finish(_crc) != declaredCrc)
            {
                throw new InvalidDataException($"'{name}' does not match its size or checksum in the zip directory; the archive is damaged or forged — zip the feed again");
            }
        }
        return read;
    }
}
