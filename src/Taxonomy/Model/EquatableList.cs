using System.Collections;

namespace Taxonomy;

/// <summary>An immutable list compared by its elements, so records that hold one compare by value.</summary>
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableList(IEnumerable<T> items) => _items = items.ToArray();

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Whether the list holds <paramref name="item"/> (by <see cref="EqualityComparer{T}.Default"/>), without an enumerator.</summary>
    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

/// <summary>Creates <see cref="EquatableList{T}"/> instances.</summary>
public static class EquatableList
{
    /// <summary>A list of the given items.</summary>
    public static EquatableList<T> Create<T>(params T[] items) => new(items);
}
