using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Taxonomy.Cli.Tests.Conversions;

/// <summary>
/// Renders an HTML exhibit as the plain text a converter makes of it (a lynx-like dump): paragraphs as wrapped lines,
/// tables in one of the <see cref="TableLayout"/>s. Column spans are laid out on a grid; a column is as wide as its widest
/// cell, up to <see cref="MaxColumn"/> characters (longer labels wrap). Used to check that extraction reads the same
/// statements from text as from the HTML they came from.
/// </summary>
internal static partial class TextRendering
{
    private const int MaxColumn = 60;
    private const int ParagraphWidth = 90;

    [GeneratedRegex(@"^[\$\(\)\d,.\-\u2014\u2013%]+$", RegexOptions.NonBacktracking)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Space();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "P", "DIV", "BR", "H1", "H2", "H3", "H4", "LI", "CENTER" };

    /// <summary>
    /// Renders <paramref name="html"/>; with <paramref name="pageLines"/>, a page breaks every that many lines as a
    /// paginated conversion prints it: the page number, a form feed and a running header.
    /// </summary>
    public static string Render(string html, TableLayout layout, int? pageLines = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var output = new List<string>();
        var paragraph = new StringBuilder();
        void Flush()
        {
            string text = Clean(paragraph.ToString());
            paragraph.Clear();
            if (text.Length == 0) return;
            Wrap(text, ParagraphWidth, 0, output);
            output.Add("");
        }
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement { TagName: "TABLE" } table)
                {
                    Flush();
                    RenderTable(Rows(table), layout, output);
                    output.Add("");
                }
                else if (child is IElement { TagName: "SCRIPT" or "STYLE" }) continue;
                else if (child is IElement element)
                {
                    if (Blocks.Contains(element.TagName)) Flush();
                    Walk(element);
                    if (Blocks.Contains(element.TagName)) Flush();
                }
                else if (child.NodeType == NodeType.Text) paragraph.Append(child.TextContent);
            }
        }
        Walk(document.Body!);
        Flush();
        return string.Join('\n', pageLines is { } every ? Paginated(output, every) : output) + "\n";
    }

    private static List<string> Paginated(List<string> lines, int every)
    {
        var pages = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            pages.Add(lines[i]);
            if ((i + 1) % every == 0) pages.AddRange(["", ((i + 1) / every).ToString(System.Globalization.CultureInfo.InvariantCulture), "\f", "Northwind Printing Services", ""]);
        }
        return pages;
    }

    private static string Clean(string text) => Space().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    private static List<List<(string Text, int Span)>> Rows(IElement table)
    {
        var rows = new List<List<(string, int)>>();
        foreach (var tr in table.QuerySelectorAll("tr"))
        {
            if (tr.Closest("table") != table) continue;
            var cells = tr.Children.Where(c => c.TagName is "TD" or "TH")
                .Select(c => (Clean(CellText(c)), int.TryParse(c.GetAttribute("colspan"), out int span) && span > 0 ? span : 1)).ToList();
            if (cells.Any(c => c.Item1.Length > 0)) rows.Add(cells);
        }
        return rows;
    }

    /// <summary>A cell's text, a line break in it read as a space (as a converter does).</summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement { TagName: "BR" }) text.Append(' ');
                else if (child.NodeType == NodeType.Text) text.Append(child.TextContent);
                else Walk(child);
            }
        }
        Walk(cell);
        return text.ToString();
    }

    private static void RenderTable(List<List<(string Text, int Span)>> rows, TableLayout layout, List<string> output)
    {
        if (rows.Count == 0) return;
        if (layout == TableLayout.PdfTextCells)
        {
            foreach (var row in rows) output.AddRange(Joined(row.Select(c => c.Text).ToList()).Where(c => c.Length > 0).Select(c => c.StartsWith('$') && c.Length > 1 ? "$ " + c[1..] : c));
            return;
        }
        if (layout == TableLayout.PdfTextRuns)
        {
            foreach (var row in rows) RenderRun(row, output);
            return;
        }
        if (layout is TableLayout.Tabs or TableLayout.MarkdownPipes)
        {
            foreach (var row in rows)
            {
                var cells = Joined(row.Select(c => c.Text).ToList());
                output.Add(layout == TableLayout.Tabs ? string.Join('\t', cells).TrimEnd('\t') : "| " + string.Join(" | ", cells) + " |");
                if (layout == TableLayout.MarkdownPipes && ReferenceEquals(row, rows[0])) output.Add("|" + string.Concat(Enumerable.Repeat("---|", cells.Count)));
            }
            return;
        }
        int columns = rows.Max(r => r.Sum(c => c.Span));
        var width = new int[columns];
        var used = new bool[columns];
        foreach (var row in rows)
        {
            int x = 0;
            foreach (var (text, span) in row)
            {
                if (span == 1 && text.Length > 0) { width[x] = Math.Max(width[x], Math.Min(text.Length, MaxColumn)); used[x] = true; }
                x += span;
            }
        }
        foreach (var row in rows)
        {
            int x = 0;
            foreach (var (text, span) in row)
            {
                var spanned = Enumerable.Range(x, Math.Min(span, columns - x)).Where(i => used[i]).ToList();
                int room = spanned.Sum(i => width[i]) + 2 * Math.Max(0, spanned.Count - 1);
                if (text.Length > 0 && spanned.Count == 0) { used[x] = true; width[x] = Math.Max(width[x], Math.Min(text.Length, MaxColumn)); }
                else if (text.Length > 0 && room < Math.Min(text.Length, MaxColumn)) width[spanned[0]] += Math.Min(text.Length, MaxColumn) - room;
                x += span;
            }
        }
        var start = new int[columns + 1];
        for (int i = 0, at = 0; i <= columns; i++)
        {
            start[i] = at;
            if (i < columns && used[i]) at += width[i] + 2;
        }
        foreach (var row in rows) RenderRow(row, start, columns, layout, output);
    }

    private static void RenderRow(List<(string Text, int Span)> row, int[] start, int columns, TableLayout layout, List<string> output)
    {
        var line = new char[start[columns] + 200];
        Array.Fill(line, ' ');
        var wrapped = new List<string>();
        int x = 0, wrapAt = 0;
        foreach (var (cell, span) in row)
        {
            string text = cell;
            int from = start[x], to = start[Math.Min(x + span, columns)] - 2;
            bool amount = x > 0 && Amount().IsMatch(text);
            int room = Math.Max(to - from, 10);
            if (!amount && text.Length > room)
            {
                var parts = new List<string>();
                Wrap(text, room, 0, parts);
                text = layout == TableLayout.FixedWidthValuesFirst ? parts[0] : parts[^1];
                wrapped = layout == TableLayout.FixedWidthValuesFirst ? parts.Skip(1).ToList() : parts.SkipLast(1).ToList();
                wrapAt = from;
            }
            int at = amount && to - text.Length >= from ? to - text.Length : from;
            text.AsSpan().CopyTo(line.AsSpan(at));
            x += span;
        }
        string printed = new string(line).TrimEnd();
        if (layout == TableLayout.FixedWidthValuesFirst)
        {
            output.Add(printed);
            output.AddRange(wrapped.Select(w => new string(' ', wrapAt) + w));
        }
        else
        {
            output.AddRange(wrapped.Select(w => new string(' ', wrapAt) + w));
            output.Add(printed);
        }
    }

    private static void RenderRun(List<(string Text, int Span)> row, List<string> output)
    {
        var words = Joined(row.Select(c => c.Text).ToList()).Where(c => c.Length > 0).Select(c => c.StartsWith('$') && c.Length > 1 ? "$ " + c[1..] : c).ToList();
        if (words.Count == 0) return;
        string label = row[0].Text.Length > 0 && !Amount().IsMatch(row[0].Text) ? words[0] : "";
        string values = string.Join(' ', label.Length > 0 ? words.Skip(1) : words);
        if (label.Length > MaxColumn)
        {
            var parts = new List<string>();
            Wrap(label, MaxColumn, 0, parts);
            output.AddRange(parts.SkipLast(1));
            label = parts[^1];
        }
        output.Add(label.Length == 0 ? values : values.Length == 0 ? label : label + " " + values);
    }

    /// <summary>"$" joined to the amount after it, ")" and "%" to the one before: the way a converter prints cells.</summary>
    private static List<string> Joined(List<string> cells)
    {
        var merged = new List<string>();
        foreach (string cell in cells)
        {
            if (merged.Count > 0 && cell is ")" or "%" or ")%") { merged[^1] += cell; continue; }
            if (merged.Count > 0 && merged[^1] == "$" && cell.Length > 0) { merged[^1] = "$" + cell; continue; }
            merged.Add(cell);
        }
        return merged;
    }

    private static void Wrap(string text, int width, int indent, List<string> output)
    {
        var current = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                output.Add(new string(' ', indent) + current);
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        if (current.Length > 0) output.Add(new string(' ', indent) + current);
    }
}
