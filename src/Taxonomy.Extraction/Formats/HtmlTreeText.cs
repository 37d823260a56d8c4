using System.Runtime.InteropServices;
using AngleSharp.Common;

namespace Taxonomy.Extraction.Formats;

/// <summary>A text node of the light HTML tree: the pieces of character data the parser gave it, in order.</summary>
/// <remarks>
/// A piece that is a slice of a string (the source) is kept as that slice; any other piece (decoded character references in the
/// tokenizer's buffer, which it reuses) is copied.
/// </remarks>
internal sealed class HtmlTreeText : HtmlTreeNode
{
    private ReadOnlyMemory<char> _first;
    private List<ReadOnlyMemory<char>>? _more;

    public HtmlTreeText(StringOrMemory text)
    {
        _first = Keep(text);
    }

    public override StringOrMemory NodeName => "#text";

    /// <summary>The text's pieces in order.</summary>
    public int PieceCount => 1 + (_more?.Count ?? 0);

    /// <summary>The piece at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Piece(int index) => index == 0 ? _first.Span : _more![index - 1].Span;

    public void Append(StringOrMemory text) => (_more ??= []).Add(Keep(text));

    public void Prepend(StringOrMemory text)
    {
        (_more ??= []).Insert(0, _first);
        _first = Keep(text);
    }

    /// <summary>Appends the text to <paramref name="builder"/>.</summary>
    public void AppendTo(System.Text.StringBuilder builder)
    {
        for (int i = 0; i < PieceCount; i++) builder.Append(Piece(i));
    }

    private static ReadOnlyMemory<char> Keep(StringOrMemory text)
    {
        ReadOnlyMemory<char> memory = text.Memory;
        return MemoryMarshal.TryGetString(memory, out _, out _, out _) ? memory : text.ToString().AsMemory();
    }
}
