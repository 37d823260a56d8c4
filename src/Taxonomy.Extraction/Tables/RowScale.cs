namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A row label that states the scale of its own numbers ("Average shares outstanding (in millions)", "Basic earnings per
/// share (pence)"): the phrase is
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
            rows[r] = row with { Label = label, StatedPower = power, InPence = power == Hundredths && row.Label!.Contains("pence", StringComparison.OrdinalIgnoreCase) };
        }
        return rows is null ? table : table with { Rows = rows };
    }

    /// <summary>The power a row of amounts in hundredths of the currency states ("(pence)", "(in cents)"): -2.</summary>
    public const int Hundredths = -2;

    // "Basic earnings per share (pence)": the amounts are in the currency's hundredths.
    private static int? MinorUnits(ReadOnlySpan<char> inner)
    {
        var words = inner.Trim();
        if (words.StartsWith("in ", StringComparison.OrdinalIgnoreCase)) words = words[3..].TrimStart();
        if (words.EndsWith(" per share", StringComparison.OrdinalIgnoreCase)) words = words[..^10].TrimEnd();
        return words.Equals("pence", StringComparison.OrdinalIgnoreCase) || words.Equals("cents", StringComparison.OrdinalIgnoreCase) ? Hundredths : null;
    }

    /// <summary>The label without its closing scale phrase and the power it states, or nulls when it states none.</summary>
    internal static (string? Label, int? Power) Read(string label)
    {
        string trimmed = label.TrimEnd();
        if (!trimmed.EndsWith(')')) return (null, null);
        int open = trimmed.LastIndexOf('(');
        if (open <= 0) return (null, null);
        if ((Periods.ScalePhrase.Whole(trimmed[open..]) ?? MinorUnits(trimmed.AsSpan(open + 1, trimmed.Length - open - 2))) is not { } power) return (null, null);
        string head = trimmed[..open].TrimEnd();
        return head.Any(char.IsLetter) ? (head, power) : (null, null);
    }
}
