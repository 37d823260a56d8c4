using System.Globalization;
using System.Text;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A light HTML tree written out one node a line, with everything the walk reads: element names, namespaces, whether the parser
/// made the element unknown, tree-construction flags, tag positions, kept attributes, text, and which elements the document
/// lists as its tables.
/// </summary>
internal static class HtmlTreeDump
{
    public static List<string> Lines(HtmlTreeDocument document)
    {
        var tables = new HashSet<HtmlTreeElement>(document.Tables, ReferenceEqualityComparer.Instance);
        var lines = new List<string>();
        // Without recursion: hostile markup (uuencoded images read as HTML) nests unknown elements thousands deep.
        var pending = new Stack<(HtmlTreeNode Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out (HtmlTreeNode Node, int Depth) item))
        {
            string indent = new(' ', Math.Min(item.Depth, 100));
            string depth = item.Depth.ToString(CultureInfo.InvariantCulture);
            switch (item.Node)
            {
                case HtmlTreeText text:
                    var builder = new StringBuilder();
                    text.AppendTo(builder);
                    lines.Add($"{depth}{indent}\"{Escape(builder.ToString())}\"");
                    break;
                case HtmlTreeElement element:
                    lines.Add($"{depth}{indent}{Describe(element, tables.Contains(element))}");
                    break;
                default:
                    lines.Add($"{depth}{indent}{item.Node.NodeName}");
                    break;
            }
            ReadOnlySpan<HtmlTreeNode> children = item.Node.Children;
            for (int i = children.Length - 1; i >= 0; i--) pending.Push((children[i], item.Depth + 1));
        }
        return lines;
    }

    private static string Describe(HtmlTreeElement element, bool listedAsTable)
    {
        var builder = new StringBuilder();
        builder.Append('<').Append(element.Kind.Namespace).Append(':').Append(element.Name);
        if (element.Kind.Namespace == HtmlNamespace.Html && !element.IsHtml) builder.Append(" (made unknown)");
        builder.Append(" flags=").Append(((int)element.Flags).ToString(CultureInfo.InvariantCulture));
        builder.Append(" @").Append(element.Position.ToString(CultureInfo.InvariantCulture));
        if (listedAsTable) builder.Append(" listed-table");
        foreach (HtmlTreeAttribute attribute in element.AttributeList) builder.Append(' ').Append(attribute.NameText).Append("=\"").Append(Escape(attribute.Text)).Append('"');
        return builder.Append('>').ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>Fails at the first line where the two dumps differ, showing the lines around it.</summary>
    public static void AssertSame(List<string> expected, List<string> actual)
    {
        int common = Math.Min(expected.Count, actual.Count);
        int first = 0;
        while (first < common && expected[first] == actual[first]) first++;
        if (first == common && expected.Count == actual.Count) return;
        int from = Math.Max(0, first - 5);
        string Around(List<string> lines) => string.Join("\n", lines.Skip(from).Take(first - from + 6));
        Assert.Fail($"Trees differ at node {first} (of {expected.Count} / {actual.Count}).\nExpected:\n{Around(expected)}\nActual:\n{Around(actual)}");
    }
}
