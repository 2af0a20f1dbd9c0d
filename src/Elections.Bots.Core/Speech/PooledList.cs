using System.Buffers;
using System.Runtime.CompilerServices;

namespace Elections.Bots.Core.Speech;

/// <summary>
/// Items collected on a pooled array and handed over once as an <see cref="ImmutableArray{T}"/>: a builder's
/// list and array, then the copy the immutable array makes, were a third of what a short reply allocated.
/// A mutable struct: keep it in a field, never copy it.
/// </summary>
internal struct PooledList<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly T this[int index] => _items![index];

    public void Add(T item)
    {
        if (_items is null || _count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(8, _count * 2));
            if (_items is not null)
            {
                _items.AsSpan(0, _count).CopyTo(larger);
                Return(_items);
            }
            _items = larger;
        }
        _items[_count++] = item;
    }

    /// <summary>Items <paramref name="start"/> to <paramref name="end"/> (exclusive) as an immutable array; the list is empty afterwards.</summary>
    public ImmutableArray<T> Drain(int start, int end)
    {
        var items = start == end ? [] : ImmutableArray.Create(_items.AsSpan(start, end - start));
        if (_items is not null) Return(_items);
        _items = null;
        _count = 0;
        return items;
    }

    public ImmutableArray<T> Drain() => Drain(0, _count);

    private static void Return(T[] items) =>
        ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
