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
        string inside = Taxonomy.Concepts.LabelNormalizer.Normalize(trimmed.AsSpan(open + 1, trimmed.Length - open - 2));
        int? power = inside switch
        {
            "in thousands" or "thousands" or "000s" or "000 s" or "in 000s" or "in 000 s" => 3,
            "in millions" or "millions" => 6,
            "in billions" or "billions" => 9,
            _ => null,
        };
        string head = trimmed[..open].TrimEnd();
        return power is null || !head.Any(char.IsLetter) ? (null, null) : (head, power);
    }
}
