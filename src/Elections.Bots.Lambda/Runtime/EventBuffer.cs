namespace Elections.Bots.Lambda.Runtime;

/// <summary>
/// The current event's bytes, in one array kept across invocations: a warm container reads events without
/// allocating. Handlers get the bytes as memory and must not keep them past their invocation.
/// </summary>
public sealed class EventBuffer
{
    private const int InitialCapacity = 64 * 1024;
    private byte[] _array = new byte[InitialCapacity];

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    /// <summary>Reads the whole body, or stops at <paramref name="maxBytes"/> and returns false.</summary>
    public async Task<bool> FillAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        Length = 0;
        if (declaredLength > maxBytes) return false;
        if (declaredLength > _array.Length) _array = new byte[declaredLength.Value];
        while (true)
        {
            if (Length == _array.Length)
            {
                if (Length > maxBytes) return false;
                Array.Resize(ref _array, (int)Math.Min((long)_array.Length * 2, maxBytes + 1L));
            }
            var read = await body.ReadAsync(_array.AsMemory(Length), cancellationToken).ConfigureAwait(false);
            if (read == 0) return Length <= maxBytes;
            Length += read;
        }
    }

    /// <summary>A handler that ran past its deadline may still be reading the bytes: the next event gets a new array.</summary>
    public void Abandon()
    {
        _array = new byte[InitialCapacity];
        Length = 0;
    }
}
