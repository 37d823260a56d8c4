using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The text of an HTML document read through AngleSharp's full DOM: what <see cref="HtmlToText"/> does on the light tree, for the
/// documents the light tree cannot be trusted with (see <see cref="HtmlTreeDocument.NeedsFullDom"/>).
/// </summary>
internal static class HtmlDomText

{
    /// <summary>Converts <paramref name="html"/> as <see cref="HtmlToText.Convert"/> does.</summary>
    public static ConvertedText Convert(string html, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(html);
        using IHtmlDocument document = HtmlDomReader.Parse(html);
        var walker = new Walker(baseOffset, LayoutTables(HtmlDomReader.Tables));
        HtmlDomReader.Tables.Clear();
        if (document.Body is { } body) walker.Block(body);
        else if (document.DocumentElement is { } root) walker.Block(root);
        return walker.Writer.Build();
    }

    /// <summary>Markup nested deeper than this is read as flat text, so the walk's recursion (and stack) stays bounded.</summary>
    private const int MaxDepth = 200;

    /// <summary>The tables that contain another table (what <c>QuerySelector("table")</c> on each would find).</summary>
    /// <remarks>Found from the tables the parser created, walking up from each, instead of visiting every element.</remarks>
    private static HashSet<IElement> LayoutTables(List<IElement> tables)
    {
        var layout = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (IElement table in tables)
        {
            for (IElement? outer = table.ParentElement; outer is not null; outer = outer.ParentElement)
            {
                // An outer table already marked had its own outer tables marked then.
                if (outer.LocalName == "table" && !layout.Add(outer)) break;
            }
        }
        return layout;
    }

    private sealed class Walker(int baseOffset, HashSet<IElement> layoutTables)
    {
        private int _depth;

        // Reused for every cell and row of the document.
        private readonly CollapsingText _cell = new();
        private readonly System.Text.StringBuilder _row = new();

        public LineWriter Writer { get; } = new();

        public void Block(IElement element)
        {
            if (_depth >= MaxDepth)
            {
                Writer.Append(FlatText(element), Offset(element));
                return;
            }
            _depth++;
            INodeList children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text:
                        Writer.Append(text.Data, Offset(element));
                        break;
                    case IElement inner when !HtmlElements.IsDropped(inner):
                        Element(inner);
                        break;
                }
            }
            _depth--;
        }

        private void Element(IElement element)
        {
            string name = element.LocalName;
            if (name == "br")
            {
                Writer.EndLine();
                return;
            }
            if (name == "table" && element is IHtmlTableElement table && !layoutTables.Contains(table))
            {
                Writer.EndParagraph();
                Table(table);
                Writer.EndParagraph();
                return;
            }
            if (name == "pre")
            {
                Writer.EndParagraph();
                Preformatted(element);
                Writer.EndParagraph();
                return;
            }
            if (HtmlElements.IsLineBlock(name))
            {
                Writer.EndLine();
                Block(element);
                Writer.EndLine();
                return;
            }
            if (HtmlElements.IsParagraphBlock(name))
            {
                Writer.EndParagraph();
                Block(element);
                Writer.EndParagraph();
                return;
            }
            Block(element);
        }

        private void Table(IHtmlTableElement table)
        {
            // A row is its cells joined by TAB, cut after the last cell with text (empty cells at the end are dropped).
            foreach (IHtmlTableRowElement row in table.Rows)
            {
                if (HtmlElements.IsDropped(row)) continue;
                _row.Clear();
                int cells = 0, end = 0;
                foreach (IHtmlTableCellElement cell in row.Cells)
                {
                    if (HtmlElements.IsHidden(cell)) continue;
                    if (cells++ > 0) _row.Append('\t');
                    Collect(cell, _cell);
                    if (!_cell.IsEmpty)
                    {
                        _cell.MoveTo(_row);
                        end = _row.Length;
                    }
                    int span = Math.Clamp(cell.ColumnSpan, 1, 100);
                    for (int i = 1; i < span; i++, cells++) _row.Append('\t');
                }
                if (end == 0) continue;
                _row.Length = end;
                Writer.EndLine();
                Writer.AddLine(_row, Offset(row));
            }
        }

        private static void Collect(IElement element, CollapsingText text, int depth = 0)
        {
            if (depth >= MaxDepth)
            {
                text.Append(FlatText(element));
                return;
            }
            INodeList children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText t:
                        text.Append(t.Data);
                        break;
                    case IElement inner when !HtmlElements.IsDropped(inner):
                        bool boundary = inner.LocalName == "br" || HtmlElements.IsLineBlock(inner.LocalName) || HtmlElements.IsParagraphBlock(inner.LocalName);
                        if (boundary) text.Space();
                        Collect(inner, text, depth + 1);
                        if (boundary) text.Space();
                        break;
                }
            }
        }

        /// <summary>The text of an element's subtree without recursion: each element boundary is a space; dropped elements are skipped.</summary>
        private static string FlatText(IElement element)
        {
            var builder = new System.Text.StringBuilder();
            var pending = new Stack<INode>();
            pending.Push(element);
            while (pending.Count > 0)
            {
                INode node = pending.Pop();
                if (node is IText text)
                {
                    builder.Append(text.Data);
                    continue;
                }
                if (node is IElement inner && !ReferenceEquals(inner, element))
                {
                    if (HtmlElements.IsDropped(inner)) continue;
                    builder.Append(' ');
                }
                var children = node.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--) pending.Push(children[i]);
            }
            return builder.ToString();
        }

        private void Preformatted(IElement element)
        {
            int offset = Offset(element);
            foreach (string raw in element.TextContent.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                string line = raw.Replace('\u00A0', ' ').TrimEnd();
                if (line.Length == 0) Writer.EndParagraph();
                else Writer.AddLine(line, offset);
            }
        }

        // AngleSharp counts positions from 1.
        private int Offset(IElement element) => baseOffset + Math.Max(0, (element.SourceReference?.Position.Position ?? 1) - 1);
    }
}
