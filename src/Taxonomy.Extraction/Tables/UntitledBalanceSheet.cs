using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Finds a balance sheet whose title a conversion lost (a PDF converted to markdown keeps only section headings such as
/// "Assets" and "Liabilities and Equity"), when the document has no titled balance sheet.
/// </summary>
/// <remarks>
/// A block of table lines outside every located table (up to running text or a statement title) is a balance sheet when its rows
/// include both a <c>Total assets</c> row and a <c>Total liabilities…</c> row. Its scale must be stated in it, or else confirmed by a
/// located statement that prints one of the block's amounts on a row with the same leading words (the cash at the end of the
/// period printed by both the balance sheet and the cash-flow statement): that statement's scale line is then taken as the
/// block's caption. Without either, the block is not reported, since unscaled amounts would be wrong by a factor.
/// </remarks>
internal static class UntitledBalanceSheet
{
    /// <summary><paramref name="tables"/> with the untitled balance sheet inserted in document order, when one is found.</summary>
    public static List<StatementTable> Add(IReadOnlyList<TextLine> lines, List<StatementTable> tables, StatementTitles titles)
    {
        if (tables.Any(t => t.Kind == StatementKind.BalanceSheet)) return tables;
        var covered = tables.Select(Extent).ToList();
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind is LineKind.Prose or LineKind.Blank || Covered(covered, i))
            {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.Count && lines[end].Kind != LineKind.Prose && !Covered(covered, end)
                && (end == i || titles.Match(lines[end].Text) is null))
            {
                end++;
            }
            if (MayNameTotals(lines, i, end) && Candidate(lines, i, end) is { } table && Scaled(table, tables) is { } scaled)
            {
                var result = new List<StatementTable>(tables) { scaled };
                return result.OrderBy(t => t.Title.Index).ToList();
            }
            i = end;
        }
        return tables;
    }

    private static bool Covered(List<(int Start, int End)> extents, int line)
    {
        foreach (var (start, end) in extents)
        {
            if (line >= start && line <= end) return true;
        }
        return false;
    }

    private static (int Start, int End) Extent(StatementTable table)
    {
        int end = table.Rows.Select(r => r.Line.Index).Concat(table.HeaderLines.Select(l => l.Index)).Concat(table.NoiseLines.Select(l => l.Index))
            .DefaultIfEmpty(table.Title.Index).Max();
        return (table.Title.Index, end);
    }

    /// <summary>
    /// Whether the lines of a block can hold the two totals <see cref="Candidate"/> looks for: some line prints "assets" and
    /// some line "liabilities" (in any case). Most blocks of a release (an income statement's rows, a highlights table) print
    /// neither, and are not read as a table for nothing.
    /// </summary>
    /// <remarks>
    /// A row label is made of pieces of its lines' text (joined by spaces), and normalising it only lowers its case and folds
    /// what is not a letter or digit into spaces, so a label normalised to "total assets" has the word on one line. A line with
    /// what can join letters apart in its text (markup <see cref="Markup"/> strips, apostrophes the normaliser drops) or with
    /// characters outside ASCII (whose case mapping the check does not mirror) is taken as possibly naming both.
    /// </remarks>
    private static bool MayNameTotals(IReadOnlyList<TextLine> lines, int start, int end)
    {
        bool assets = false, liabilities = false;
        for (int j = start; j < end && !(assets && liabilities); j++)
        {
            string text = lines[j].Text;
            if (text.AsSpan().IndexOfAny(JoinsLetters) >= 0 || !System.Text.Ascii.IsValid(text)) return true;
            assets |= text.Contains("assets", StringComparison.OrdinalIgnoreCase);
            liabilities |= text.Contains("liabilities", StringComparison.OrdinalIgnoreCase);
        }
        return assets && liabilities;
    }

    private static readonly System.Buffers.SearchValues<char> JoinsLetters = System.Buffers.SearchValues.Create("<\\'");

    private static StatementTable? Candidate(IReadOnlyList<TextLine> lines, int start, int end)
    {
        var table = TableLocator.Build(lines, start, end, StatementKind.BalanceSheet, [lines[start]]);
        var labels = table.Rows.Where(r => r.HasLabel && r.Values.Count > 0).Select(r => LabelNormalizer.Normalize(r.Label!)).ToList();
        bool assets = labels.Any(l => l == "total assets");
        bool liabilities = labels.Any(l => l.StartsWith("total liabilities", StringComparison.Ordinal));
        return assets && liabilities && table.HeaderLines.Count > 0 ? table : null;
    }

    private static StatementTable? Scaled(StatementTable table, List<StatementTable> located)
    {
        if (TableScale.Find(string.Join("\n", Captions(table).Select(l => l.Text))) is not null) return table;
        foreach (var other in located)
        {
            var scaleLine = Captions(other).FirstOrDefault(l => TableScale.Find(l.Text) is not null);
            if (scaleLine is null || !SharesAnAmount(table, other)) continue;
            return table with { Preamble = [scaleLine, .. table.Preamble] };
        }
        return null;
    }

    /// <summary>Where a table states its scale: above it, in its header, or in a caption line among its rows.</summary>
    private static IEnumerable<TextLine> Captions(StatementTable table) =>
        table.Preamble.Concat(table.HeaderLines).Concat(table.Rows.Where(r => r.Values.Count == 0).Select(r => r.Line));

    private static bool SharesAnAmount(StatementTable table, StatementTable other)
    {
        var printed = new HashSet<(string, decimal)>();
        foreach (var row in other.Rows)
        {
            if (!row.HasLabel) continue;
            foreach (var slot in row.Values)
            {
                if (slot.Number is { } n && Math.Abs(n.Value) >= 100) printed.Add((Lead(row.Label!), n.Value));
            }
        }
        return table.Rows.Where(r => r.HasLabel).Any(r => r.Values.Any(s => s.Number is { } n && printed.Contains((Lead(r.Label!), n.Value))));
    }

    private static string Lead(string label) => string.Join(' ', LabelNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
}
