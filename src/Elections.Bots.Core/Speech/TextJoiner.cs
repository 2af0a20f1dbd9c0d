using System.Buffers;

namespace Elections.Bots.Core.Speech;

/// <summary>
/// Pieces of text joined into one string. <c>a + b + c</c> or a <see cref="System.Text.StringBuilder"/> allocate
/// every intermediate string or chunk, which cost more than the reply itself; here the pieces go into one pooled
/// array and only the finished string is allocated. Text written in one piece (an FAQ answer) is handed back as
/// the very same string, without a copy. A mutable struct: keep it in a field, never copy it.
/// </summary>
internal struct TextJoiner
{
    private const int InitialCapacity = 512;

    /// <summary>The only piece so far, while there is just one; then null and the text is in <see cref="_chars"/>.</summary>
    private string? _single;
    private char[]? _chars;
    private int _length;

    public readonly int Length => _single?.Length ?? _length;

    public readonly bool IsEmpty => Length == 0;

    public readonly char Last => _single is { } single ? single[^1] : _chars![_length - 1];

    public void Append(string text)
    {
        if (text.Length == 0) return;
        if (_single is null && _length == 0)
        {
            _single = text;
            return;
        }
        Append(text.AsSpan());
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    public void Append(ReadOnlySpan<char> text)
    {
        Unshare();
        Ensure(_length + text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Drops <paramref name="c"/> from the end as many times as it is there.</summary>
    public void TrimEnd(char c)
    {
        if (Length == 0 || Last != c) return;
        Unshare();
        while (_length > 0 && _chars![_length - 1] == c) _length--;
    }

    /// <summary>Drops white space around the text written since <paramref name="start"/>, as <see cref="string.Trim()"/> would.</summary>
    public void TrimSince(int start)
    {
        if (Length == start) return;
        Unshare();
        var written = _chars.AsSpan(start, _length - start);
        var trimmed = written.Trim();
        trimmed.CopyTo(written);
        _length = start + trimmed.Length;
    }

    /// <summary>The text so far, and empties the joiner; <paramref name="trim"/> drops white space at both ends.</summary>
    public string ToStringAndClear(bool trim = false)
    {
        string text;
        if (_single is { } single)
        {
            text = trim ? single.Trim() : single;
        }
        else
        {
            var written = _chars.AsSpan(0, _length);
            text = new string(trim ? written.Trim() : written);
        }
        _single = null;
        _length = 0;
        return text;
    }

    /// <summary>Gives the array back to the pool; the joiner may be used again afterwards.</summary>
    public void Release()
    {
        if (_chars is { } chars) ArrayPool<char>.Shared.Return(chars);
        _chars = null;
        _single = null;
        _length = 0;
    }

    /// <summary>Moves a single piece into the array before the text is changed.</summary>
    private void Unshare()
    {
        if (_single is not { } single) return;
        _single = null;
        Ensure(single.Length);
        single.CopyTo(_chars);
        _length = single.Length;
    }

    private void Ensure(int capacity)
    {
        if (_chars is not null && capacity <= _chars.Length) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(capacity, Math.Max(InitialCapacity, (_chars?.Length ?? 0) * 2)));
        if (_chars is not null)
        {
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
        }
        _chars = larger;
    }
}
