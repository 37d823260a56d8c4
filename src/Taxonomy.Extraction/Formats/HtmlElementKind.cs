using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Taxonomy.Extraction.Formats;

/// <summary>The namespace of an element of the light HTML tree.</summary>
internal enum HtmlNamespace
{
    Html,
    MathMl,
    Svg,
}

/// <summary>
/// One kind of element (a name in a namespace) with the tree-construction flags AngleSharp gives its own element of that kind
/// (special, scoped, formatting, implied end …), which steer the parser's tree construction.
/// </summary>
/// <remarks>
/// The flags are read once per kind from an element AngleSharp creates itself, so the light tree is built by exactly the rules
/// the full DOM is built by. Kinds are shared by all threads; names beyond <see cref="MaxKinds"/> (a document inventing tag names)
/// are looked up without being kept.
/// </remarks>
internal sealed class HtmlElementKind
{
    private const int MaxKinds = 4096;

    private static readonly ConcurrentDictionary<string, HtmlElementKind>[] Known = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    private static readonly ConcurrentDictionary<string, HtmlElementKind>.AlternateLookup<ReadOnlySpan<char>>[] KnownByName =
        [Known[0].GetAlternateLookup<ReadOnlySpan<char>>(), Known[1].GetAlternateLookup<ReadOnlySpan<char>>(), Known[2].GetAlternateLookup<ReadOnlySpan<char>>()];

    private static readonly Lock Gate = new();
    private static IDocument? _reference;

    private HtmlElementKind(HtmlNamespace ns, string localName, string nodeName, NodeFlags flags, bool isUnknown)
    {
        Namespace = ns;
        LocalName = localName;
        NodeName = nodeName;
        Flags = flags;
        IsUnknown = isUnknown;
        NamespaceUri = ns switch
        {
            HtmlNamespace.MathMl => NamespaceNames.MathMlUri,
            HtmlNamespace.Svg => NamespaceNames.SvgUri,
            _ => NamespaceNames.HtmlUri,
        };
    }

    public HtmlNamespace Namespace { get; }

    public string LocalName { get; }

    public string NodeName { get; }

    public string NamespaceUri { get; }

    public NodeFlags Flags { get; }

    /// <summary>Whether AngleSharp's DOM makes an unknown element of this kind whatever its place (a name HTML does not define).</summary>
    public bool IsUnknown { get; }

    /// <summary>The kind named <paramref name="localName"/> in <paramref name="ns"/>.</summary>
    public static HtmlElementKind Of(HtmlNamespace ns, ReadOnlySpan<char> localName)
    {
        if (KnownByName[(int)ns].TryGetValue(localName, out HtmlElementKind? kind)) return kind;
        // The interned copy where there is one (the names AngleSharp compares against are literals).
        string name = localName.ToString();
        name = string.IsInterned(name) ?? name;
        kind = Create(ns, name);
        if (Known[(int)ns].Count < MaxKinds) kind = Known[(int)ns].GetOrAdd(name, kind);
        return kind;
    }

    /// <summary>The flags of an unknown element of <paramref name="ns"/> (the parser's element for a tag out of place).</summary>
    public static NodeFlags UnknownFlags(HtmlNamespace ns) => Of(ns, "x-unknown-element").Flags;

    private static HtmlElementKind Create(HtmlNamespace ns, string name)
    {
        lock (Gate)
        {
            _reference ??= new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument("");
            IElement element;
            try
            {
                element = ns == HtmlNamespace.Html ? _reference.CreateElement(name) : _reference.CreateElement(ns == HtmlNamespace.Svg ? NamespaceNames.SvgUri : NamespaceNames.MathMlUri, name);
            }
            catch (DomException)
            {
                // A tag name that is no XML name: the parser makes an unknown element of it, flagged as any unknown element of
                // the namespace (a member of it, nothing more).
                return new HtmlElementKind(ns, name, name, UnknownFlags(ns), isUnknown: true);
            }
            return new HtmlElementKind(ns, name, element.NodeName, element.Flags, element is IHtmlUnknownElement);
        }
    }
}
