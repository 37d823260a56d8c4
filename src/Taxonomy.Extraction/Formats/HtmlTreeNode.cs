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
    private List<HtmlTreeNode>? _children;

    /// <summary>The node's children in tree order.</summary>
    public IReadOnlyList<HtmlTreeNode> Children => (IReadOnlyList<HtmlTreeNode>?)_children ?? [];

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

    IConstructableNode IConstructableNodeList.this[int index] => _children![index];

    int IConstructableNodeList.Length => _children?.Count ?? 0;

    void IConstructableNodeList.Clear()
    {
        _children?.Clear();
    }

    IEnumerator<IConstructableNode> IEnumerable<IConstructableNode>.GetEnumerator() => Children.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Children.GetEnumerator();

    public void RemoveFromParent() => ParentNode?.RemoveChild(this);

    public void RemoveChild(IConstructableNode childNode)
    {
        var child = (HtmlTreeNode)childNode;
        if (_children is null) return;
        int index = _children.IndexOf(child);
        if (index < 0) return;
        child.ParentNode = null;
        _children.RemoveAt(index);
    }

    public void RemoveNode(int idx, IConstructableNode childNode)
    {
        ((HtmlTreeNode)childNode).ParentNode = null;
        _children!.RemoveAt(idx);
    }

    public void InsertNode(int idx, IConstructableNode childNode)
    {
        var child = (HtmlTreeNode)childNode;
        child.ParentNode = this;
        (_children ??= []).Insert(idx, child);
    }

    public void AddNode(IConstructableNode node)
    {
        var child = (HtmlTreeNode)node;
        // The document holds one element, the root: another one is an element foster-parented to the wrong place.
        if (this is HtmlTreeDocument document && child is HtmlTreeElement && document.Root is not null) document.Distrust();
        child.ParentNode = this;
        (_children ??= []).Add(child);
    }

    public void AppendText(StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        if (_children is { Count: > 0 } children && children[^1] is HtmlTreeText last) last.Append(text);
        else AddNode(new HtmlTreeText(text));
    }

    public void InsertText(int idx, StringOrMemory text, bool emitWhiteSpaceOnly = false)
    {
        List<HtmlTreeNode>? children = _children;
        if (children is not null && idx > 0 && idx <= children.Count && children[idx - 1] is HtmlTreeText before) before.Append(text);
        else if (children is not null && idx >= 0 && idx < children.Count && children[idx] is HtmlTreeText after) after.Prepend(text);
        else InsertNode(idx, new HtmlTreeText(text));
    }

    /// <summary>Removes every child.</summary>
    protected void ClearChildren()
    {
        if (_children is null) return;
        foreach (HtmlTreeNode child in _children) child.ParentNode = null;
        _children.Clear();
    }
}
