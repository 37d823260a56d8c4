namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Converts an HTML document (an EDGAR exhibit) into the pipeline's plain-text form with a real HTML parser (AngleSharp's HTML5
/// tokenizer and tree construction into a light tree: no scripts, no external resources, no DTD resolution).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Block elements (<c>p</c>, <c>div</c>, <c>h1</c>–<c>h6</c>, lists, <c>table</c> …) become paragraphs separated by one blank
/// line; <c>br</c> and <c>li</c> end a line.</item>
/// <item>Each <c>tr</c> of a data table becomes one line: its cells' texts joined by TAB. A cell with <c>colspan="n"</c> counts as
/// <c>n</c> cells: its text, then <c>n − 1</c> empty cells, so that value columns stay aligned across rows; a cell with
/// <c>rowspan="n"</c> leaves an empty cell in its columns of the <c>n − 1</c> rows below. Empty cells at the end of a row are
/// dropped; rows without text are dropped.</item>
/// <item>A table that contains another table is layout, not data: its cells are read as paragraphs.</item>
/// <item>Text is whitespace-collapsed; <c>&amp;nbsp;</c> is a space; dashes (<c>&amp;#151;</c>, <c>&amp;#8212;</c>) are kept as the
/// em dash; <c>$</c>, <c>(</c> and <c>)</c> cells are kept as cells.</item>
/// <item>Dropped: <c>sup</c> (footnote markers), elements styled <c>display:none</c> or marked <c>hidden</c>, <c>head</c>,
/// <c>script</c>, <c>style</c>, <c>noscript</c>, <c>template</c>.</item>
/// <item><c>pre</c> keeps its lines as they are.</item>
/// </list>
/// </remarks>
public static class HtmlToText
{
    /// <summary>Converts <paramref name="html"/>; line offsets are positions in <paramref name="html"/> plus <paramref name="baseOffset"/>.</summary>
    public static ConvertedText Convert(string html, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(html);
        HtmlTreeDocument document = HtmlReader.Parse(html);
        // AngleSharp 1.7's generic tree construction misplaces some markup: such a document is read through its full DOM into
        // the same light tree.
        if (document.NeedsFullDom) document = HtmlDomTree.Parse(html);
        return Read(document, baseOffset);
    }

    /// <summary>The text of a light tree; line offsets are its tag positions plus <paramref name="baseOffset"/>.</summary>
    internal static ConvertedText Read(HtmlTreeDocument document, int baseOffset = 0)
    {
        var walker = new Walker(baseOffset, LayoutTables(document.Tables));
        if (document.Body is { } body) walker.Block(body);
        else if (document.Root is { } root) walker.Block(root);
        return walker.Writer.Build();
    }

    /// <summary>Markup nested deeper than this is read as flat text, so the walk's recursion (and stack) stays bounded.</summary>
    private const int MaxDepth = 200;

    /// <summary>The tables that contain another table (what <c>QuerySelector("table")</c> on each would find).</summary>
    /// <remarks>Found from the tables the parser created, walking up from each, instead of visiting every element.</remarks>
    private static HashSet<HtmlTreeElement> LayoutTables(List<HtmlTreeElement> tables)
    {
        var layout = new HashSet<HtmlTreeElement>(ReferenceEqualityComparer.Instance);
        foreach (HtmlTreeElement table in tables)
        {
            for (HtmlTreeElement? outer = table.ParentElement; outer is not null; outer = outer.ParentElement)
            {
                // An outer table already marked had its own outer tables marked then.
                if (outer.Name == "table" && !layout.Add(outer)) break;
            }
        }
        return layout;
    }

    private sealed class Walker(int baseOffset, HashSet<HtmlTreeElement> layoutTables)
    {
        private int _depth;

        // Reused for every cell and row of the document.
        private readonly CollapsingText _cell = new();
        private readonly System.Text.StringBuilder _row = new();
        private readonly List<bool> _occupied = []; // per row: the columns a cell from a row above spans into

        public LineWriter Writer { get; } = new();

        public void Block(HtmlTreeElement element)
        {
            if (_depth >= MaxDepth)
            {
                Writer.Append(FlatText(element), Offset(element));
                return;
            }
            _depth++;
            ReadOnlySpan<HtmlTreeNode> children = element.Children;
            for (int i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case HtmlTreeText text:
                        int offset = Offset(element);
                        for (int piece = 0; piece < text.PieceCount; piece++) Writer.Append(text.Piece(piece), offset);
                        break;
                    case HtmlTreeElement inner when !HtmlElements.IsDropped(inner):
                        Element(inner);
                        break;
                }
            }
            _depth--;
        }

        private void Element(HtmlTreeElement element)
        {
            string name = element.Name;
            if (name == "br")
            {
                Writer.EndLine();
                return;
            }
            if (name == "table" && element.IsHtml && !layoutTables.Contains(element))
            {
                Writer.EndParagraph();
                Writer.StartTable();
                Table(element);
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

        private void Table(HtmlTreeElement table)
        {
            // A row is its cells joined by TAB, cut after the last cell with text (empty cells at the end are dropped).
            // A cell spanning rows below (rowspan) takes its columns in them too: they get an empty cell there, so that the
            // cells after it stay under their columns ("(In thousands)" beside both lines of a two-line header).
            var covered = new List<int>(); // for each column, how many more rows a cell from above covers
            foreach (HtmlTreeElement row in HtmlTables.Rows(table))
            {
                if (HtmlElements.IsDropped(row)) continue;
                _row.Clear();
                int cells = 0, end = 0;
                var occupied = _occupied;
                occupied.Clear();
                for (int c = 0; c < covered.Count; c++)
                {
                    occupied.Add(covered[c] > 0);
                    if (covered[c] > 0) covered[c]--;
                }
                foreach (HtmlTreeNode child in row.Children)
                {
                    if (child is not HtmlTreeElement cell || !HtmlTables.IsCell(cell) || HtmlElements.IsHidden(cell)) continue;
                    for (; cells < occupied.Count && occupied[cells]; cells++)
                    {
                        if (cells > 0) _row.Append('\t');
                    }
                    int first = cells;
                    if (cells++ > 0) _row.Append('\t');
                    Collect(cell, _cell);
                    if (!_cell.IsEmpty)
                    {
                        _cell.MoveTo(_row);
                        end = _row.Length;
                    }
                    int span = Math.Clamp(HtmlTables.ColumnSpan(cell), 1, 100);
                    for (int i = 1; i < span; i++, cells++) _row.Append('\t');
                    int below = Math.Clamp(HtmlTables.RowSpan(cell), 1, 100) - 1;
                    if (below == 0) continue;
                    while (covered.Count < first + span) covered.Add(0);
                    for (int c = first; c < first + span; c++) covered[c] = Math.Max(covered[c], below);
                }
                if (end == 0) continue;
                _row.Length = end;
                Writer.EndLine();
                Writer.AddLine(_row, Offset(row));
            }
        }

        private static void Collect(HtmlTreeElement element, CollapsingText text, int depth = 0)
        {
            if (depth >= MaxDepth)
            {
                text.Append(FlatText(element));
                return;
            }
            ReadOnlySpan<HtmlTreeNode> children = element.Children;
            for (int i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case HtmlTreeText t:
                        for (int piece = 0; piece < t.PieceCount; piece++) text.Append(t.Piece(piece));
                        break;
                    case HtmlTreeElement inner when !HtmlElements.IsDropped(inner):
                        bool boundary = inner.Name == "br" || HtmlElements.IsLineBlock(inner.Name) || HtmlElements.IsParagraphBlock(inner.Name);
                        if (boundary) text.Space();
                        Collect(inner, text, depth + 1);
                        if (boundary) text.Space();
                        break;
                }
            }
        }

        /// <summary>The text of an element's subtree without recursion: each element boundary is a space; dropped elements are skipped.</summary>
        private static string FlatText(HtmlTreeElement element)
        {
            var builder = new System.Text.StringBuilder();
            var pending = new Stack<HtmlTreeNode>();
            pending.Push(element);
            while (pending.Count > 0)
            {
                HtmlTreeNode node = pending.Pop();
                if (node is HtmlTreeText text)
                {
                    text.AppendTo(builder);
                    continue;
                }
                if (node is HtmlTreeElement inner && !ReferenceEquals(inner, element))
                {
                    if (HtmlElements.IsDropped(inner)) continue;
                    builder.Append(' ');
                }
                ReadOnlySpan<HtmlTreeNode> children = node.Children;
                for (int i = children.Length - 1; i >= 0; i--) pending.Push(children[i]);
            }
            return builder.ToString();
        }

        private void Preformatted(HtmlTreeElement element)
        {
            int offset = Offset(element);
            foreach (string raw in TextContent(element).Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                string line = raw.Replace('\u00A0', ' ').TrimEnd();
                if (line.Length == 0) Writer.EndParagraph();
                else Writer.AddLine(line, offset);
            }
        }

        /// <summary>The text of every text node under <paramref name="element"/>, in tree order (the DOM's <c>textContent</c>).</summary>
        private static string TextContent(HtmlTreeElement element)
        {
            var builder = new System.Text.StringBuilder();
            var pending = new Stack<HtmlTreeNode>();
            pending.Push(element);
            while (pending.Count > 0)
            {
                HtmlTreeNode node = pending.Pop();
                if (node is HtmlTreeText text) text.AppendTo(builder);
                ReadOnlySpan<HtmlTreeNode> children = node.Children;
                for (int i = children.Length - 1; i >= 0; i--) pending.Push(children[i]);
            }
            return builder.ToString();
        }

        private int Offset(HtmlTreeElement element) => baseOffset + element.Position;
    }
}
