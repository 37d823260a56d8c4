using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The light tree of a document read through AngleSharp's full DOM (<see cref="HtmlDomReader"/>), for the documents whose light
/// tree the generic tree construction builds wrong (see <see cref="HtmlTreeDocument.NeedsFullDom"/>): the DOM's elements become
/// the elements <see cref="HtmlTreeFactory"/> makes (same kinds, flags, kept attributes and tag positions), so one walk reads both.
/// </summary>
internal static class HtmlDomTree
{
    /// <summary>Parses <paramref name="html"/> into AngleSharp's DOM and copies it into a light tree.</summary>
    public static HtmlTreeDocument Parse(string html)
    {
        using IHtmlDocument dom = HtmlDomReader.Parse(html);
        var document = new HtmlTreeDocument(dom.Source);
        // In tree order without recursion (markup may nest deeper than the stack allows): each node is added to its light parent
        // when popped, and its children are pushed last to first.
        var pending = new Stack<(INode Node, HtmlTreeNode Parent)>();
        PushChildren(pending, dom, document);
        while (pending.TryPop(out (INode Node, HtmlTreeNode Parent) item))
        {
            switch (item.Node)
            {
                case IText text:
                    // Text next to text extends it, as the parser builds the light tree (the DOM may keep such texts apart).
                    item.Parent.AppendText(text.Data);
                    break;
                case IElement element:
                    HtmlTreeElement light = Element(element);
                    item.Parent.AddNode(light);
                    if (light.Name == "table") document.Tables.Add(light);
                    PushChildren(pending, element, light);
                    break;
                case IDocumentType:
                    item.Parent.AddNode(new HtmlTreeDocumentType());
                    break;
            }
        }
        return document;
    }

    private static void PushChildren(Stack<(INode, HtmlTreeNode)> pending, INode node, HtmlTreeNode parent)
    {
        INodeList children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--) pending.Push((children[i], parent));
    }

    private static HtmlTreeElement Element(IElement element)
    {
        HtmlNamespace ns = element.NamespaceUri == NamespaceNames.SvgUri ? HtmlNamespace.Svg
            : element.NamespaceUri == NamespaceNames.MathMlUri ? HtmlNamespace.MathMl
            : HtmlNamespace.Html;
        HtmlElementKind kind = HtmlElementKind.Of(ns, element.LocalName);
        // An unknown element of a known name is one the parser made of a tag out of place (HtmlTreeFactory.CreateUnknown).
        bool madeUnknown = element is IHtmlUnknownElement && !kind.IsUnknown;
        HtmlTreeElement light = HtmlTreeFactory.NewElement(kind, element.Flags, madeUnknown);
        // AngleSharp counts positions from 1; an element without a position of its own (a formatting element the parser
        // reopened) has none, as in the light tree.
        light.Position = Math.Max(0, (element.SourceReference?.Position.Position ?? 1) - 1);
        INamedNodeMap attributes = element.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            IAttr attribute = attributes[i]!;
            light.SetOwnAttribute(attribute.Name, attribute.Value);
        }
        return light;
    }
}
