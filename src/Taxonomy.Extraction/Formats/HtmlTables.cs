using System.Globalization;

namespace Taxonomy.Extraction.Formats;

/// <summary>The table structure of the light HTML tree as the DOM's table API reports it (<c>rows</c>, <c>cells</c>, <c>colSpan</c>).</summary>
internal static class HtmlTables
{
    /// <summary>
    /// The rows of <paramref name="table"/>: those of its <c>thead</c> sections, then its own rows and those of its <c>tbody</c>
    /// sections in tree order, then those of its <c>tfoot</c> sections.
    /// </summary>
    public static IEnumerable<HtmlTreeElement> Rows(HtmlTreeElement table)
    {
        for (int i = 0; i < table.ChildCount; i++)
        {
            if (table.Child(i) is HtmlTreeElement { IsHtml: true, Name: "thead" } head)
            {
                foreach (HtmlTreeElement row in SectionRows(head)) yield return row;
            }
        }
        for (int i = 0; i < table.ChildCount; i++)
        {
            if (table.Child(i) is not HtmlTreeElement { IsHtml: true } child) continue;
            if (child.Name == "tr") yield return child;
            else if (child.Name == "tbody")
            {
                foreach (HtmlTreeElement row in SectionRows(child)) yield return row;
            }
        }
        for (int i = 0; i < table.ChildCount; i++)
        {
            if (table.Child(i) is HtmlTreeElement { IsHtml: true, Name: "tfoot" } foot)
            {
                foreach (HtmlTreeElement row in SectionRows(foot)) yield return row;
            }
        }
    }

    /// <summary>Whether <paramref name="element"/> is a table cell (<c>td</c> or <c>th</c>).</summary>
    public static bool IsCell(HtmlTreeElement element) => element.IsHtml && element.Name is "td" or "th";

    /// <summary>The number of columns a cell spans as its <c>colspan</c> attribute reads (1 when absent or no integer).</summary>
    public static int ColumnSpan(HtmlTreeElement cell) => Span(cell, "colspan");

    /// <summary>The number of rows a cell spans as its <c>rowspan</c> attribute reads (1 when absent or no integer).</summary>
    public static int RowSpan(HtmlTreeElement cell) => Span(cell, "rowspan");

    private static int Span(HtmlTreeElement cell, string attribute) =>
        cell.GetAttributeValue(attribute) is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int span) ? span : 1;

    private static IEnumerable<HtmlTreeElement> SectionRows(HtmlTreeElement section)
    {
        for (int i = 0; i < section.ChildCount; i++)
        {
            if (section.Child(i) is HtmlTreeElement { IsHtml: true, Name: "tr" } row) yield return row;
        }
    }
}
