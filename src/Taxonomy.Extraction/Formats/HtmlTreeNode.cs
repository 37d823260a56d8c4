using System.Collections;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// A node of the light HTML tree the parser builds for <see cref="HtmlToText"/>: only what the walk reads (names, children,
/// text, kept attributes, tag positions), instead of AngleSharp's full DOM.
/// </summary>
/// <remarks>
/// The tree operations mirror AngleSharp's own nodes (a node added is not detached from an earlier parent, text appended next
/// to text extends it), so the parser's tree construction (implied end tags, foster parenting, adoption agency) builds the
/// same tree it builds in its DOM.
/// </remarks>
internal abstract class HtmlTreeNode : IConstructableNode, IConstructableNodeList
{
    // The children in an array of their own rather than a List: most elements of an exhibit hold one child (a cell its font, a
    // font its text), and a List would add an object and room for four to each.
    private HtmlTreeNode[]? _children;
    private int _count;

    /// <summary>The node's children in tree order.</summary>
    public ReadOnlySpan<HtmlTreeNode> Children => new(_children, 0, _count);

    /// <summary>The number of children.</summary>
    public int ChildCount => _count;

    /// <summary>The child at <paramref name="index"/> (less than <see cref="ChildCount"/>).</summary>
    public HtmlTreeNode Child(int index) => (uint)index < (uint)_count ? _children![index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The parent node, if attached.</summary>
    public HtmlTreeNode? ParentNode { get; private set; }

    public abstract StringOrMemory NodeName { get; }

    public virtual NodeFlags Flags => NodeFlags.None;

    IConstructableNode? IConstructableNode.Parent
    {
        get => ParentNode;
        set => ParentNode = (HtmlTreeNode?)value;
    }

    IConstructableNodeList IConstructableNode.ChildNodes => this;

    IConstructableNode IConstructableNodeList.this[int index] => Child(index);

    int IConstructableNodeList.Length => _count;

    void IConstructableNodeList.Clear()
    {
        if (_children is not null) Array.Clear(_children, 0, _count);
        _count = 0;
    }

    IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _children![i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IConstructableNode>)this).GetEnumerator();

    public void RemoveFromParent() => ParentNode?.RemoveChild(this);

    public void RemoveChild(IConstructableNode childNode)
    {
        var child = (HtmlTreeNode)childNode;
        if (_children is null) return;
        int index = Array.IndexOf(_children, child, 0, _count);
        if (index < 0) return;
        child.ParentNode = null;
        RemoveAt(index);
    }

    public void RemoveNode(int idx, IConstructableNode childNode)
    {
        if ((uint)idx >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(idx));
        ((HtmlTreeNode)childNode).ParentNode = null;
        RemoveAt(idx);
    }

    public void InsertNode(int idx, IConstructableNode childNode)
    {
        if ((uint)idx > (uint)_count) throw new ArgumentOutOfRangeException(nameof(idx));
        var child = (HtmlTreeNode)childNode;
        child.ParentNode = this;
        Grow();
        if (idx < _count) Array.Copy(_children!, idx, _children!, idx + 1, _count - idx);
        _children![idx] = child;
        _count++;
    }

    public void AddNode(IConstructableNode node)
    {
        var child = (HtmlTreeNode)node;
        // The document holds one element, the root: another one is an element foster-parented to the wrong place.
        if (this is HtmlTreeDocument document && child is HtmlTreeElement && document.Root is not null) document.Distrust();
        child.ParentNode = this;
        Grow();
        _children![_count++] = child;
    }

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        if (_count > 0 && _children![_count - 1] is HtmlTreeText last) last.Append(text);
        else AddNode(new HtmlTreeText(text));
    }

    public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        HtmlTreeNode[]? children = _children;
        if (children is not null && idx > 0 && idx <= _count && children[idx - 1] is HtmlTreeText before) before.Append(text);
        else if (children is not null && idx >= 0 && idx < _count && children[idx] is HtmlTreeText after) after.Prepend(text);
        else InsertNode(idx, new HtmlTreeText(text));
    }

    /// <summary>Removes every child.</summary>
    protected void ClearChildren()
    {
        if (_children is null) return;
        for (int i = 0; i < _count; i++) _children[i].ParentNode = null;
        Array.Clear(_children, 0, _count);
        _count = 0;
    }

    /// <summary>Makes room for one more child: one at first, then four, then twice as many.</summary>
    private void Grow()
    {
        if (_children is null) _children = new HtmlTreeNode[1];
        else if (_count == _children.Length) Array.Resize(ref _children, _count == 1 ? 4 : _count * 2);
    }

    private void RemoveAt(int index)
    {
        _count--;
        if (index < _count) Array.Copy(_children!, index + 1, _children!, index, _count - index);
        _children![_count] = null!;
    }
}
