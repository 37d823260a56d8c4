namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A row label that states the scale of its own numbers ("Average shares outstanding (in millions)"): the phrase is
/// taken out of the label and its power of ten kept on the row, so the row's numbers are scaled as it says, whatever
/// the table's heading says about amounts or share counts.
/// </summary>
internal static class RowScale
{
    /// <summary>The rows of <paramref name="table"/> with their stated scales read.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        List<TableRow>? rows = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.HasLabel || row.Values.Count == 0 || Read(row.Label!) is not ({ } label, { } power)) continue;
            rows ??= [.. table.Rows];
            rows[r] = row with { Label = label, StatedPower = power };
        }
        return rows is null ? table : table with { Rows = rows };
    }

    /// <summary>The label without its closing scale phrase and the power it states, or nulls when it states none.</summary>
    internal static (string? Label, int? Power) Read(string label)
    {
        string trimmed = label.TrimEnd();
        if (!trimmed.EndsWith(')')) return (null, null);
        int open = trimmed.LastIndexOf('(');
        if (open <= 0) return (null, null);
        if (Periods.ScalePhrase.Whole(trimmed[open..]) is not { } power) return (null, null);
        string head = trimmed[..open].TrimEnd();
        return head.Any(char.IsLetter) ? (head, power) : (null, null);
    }
}
