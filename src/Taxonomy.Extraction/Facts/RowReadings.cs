using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// What is settled about a table's rows before their concepts are matched, in order: per-share rows named by their
/// footnotes (<see cref="PerShareFootnotes"/>), scales stated in labels
/// (<see cref="RowScale"/>), short rows placed under their columns (<see cref="ShortRowAlignment"/>), percentage-of-base
/// and change columns taken out (<see cref="RatioColumns"/>, <see cref="ChangeColumns"/>), non-GAAP rows taken
/// out and as-reported rows named (<see cref="NonGaapRows"/>), average balances taken out (<see cref="AverageBalanceRows"/>),
/// unqualified average share counts read
/// (<see cref="AverageShareRows"/>).
/// </summary>
internal static class RowReadings
{
    /// <summary>The table with its rows settled; <see cref="StatementTable.RowNotes"/> says what changed.</summary>
    public static StatementTable Apply(StatementTable table, LabelMatcher labels, ConceptCatalog catalog)
    {
        if (table.SkippedBecause is not null || table.Rows.Count == 0) return table;
        table = ChangeColumns.Apply(RatioColumns.Apply(ShortRowAlignment.Apply(RowScale.Apply(PerShareFootnotes.Apply(table, labels)))));
        table = AverageBalanceRows.Apply(NonGaapRows.Apply(table, labels), labels);
        return AverageShareRows.Apply(table, labels, catalog.Statements.FirstOrDefault(s => s.Kind == table.Kind));
    }

    /// <summary>An info finding for each column note and each row note of the table.</summary>
    public static IEnumerable<ValidationFinding> Findings(StatementTable table, Loading.SourceText source) =>
        table.ColumnNotes.Select(n => Facts.Findings.Make(Facts.Findings.SkippedColumns, Severity.Info, $"{table.Title.Text.Trim()}: {n}.",
                source.Span(table.Title.Offset, table.Title.Text.Length)))
            .Concat(table.RowNotes.Select(n => Facts.Findings.Make(n.Skipped ? Facts.Findings.SkippedRow : Facts.Findings.RowReading, Severity.Info, n.Message,
                source.Span(n.Row.Line.Offset, n.Row.Line.Text.Length))));
}
