using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>What every row rewrite reads and writes: the table, its row concepts (rewritten in place), its printed values and findings.</summary>
/// <param name="Table">The table, its statement and periods.</param>
/// <param name="Labels">The label matcher of the statement.</param>
/// <param name="Concepts">One concept per row, null for a row that reports nothing; the passes rewrite it in place.</param>
/// <param name="Value">A cell's printed value (row, column), null when lost or absent.</param>
/// <param name="Repeated">Normalized labels printed more than once in the table.</param>
/// <param name="Caption">The caption a row is printed under, or null.</param>
/// <param name="Findings">Where the passes report what they decided.</param>
internal sealed record RowRewriteContext(
    TableContext Table,
    LabelMatcher Labels,
    RowConcept?[] Concepts,
    Func<int, int, decimal?> Value,
    IReadOnlySet<string> Repeated,
    Func<int, string?> Caption,
    List<ValidationFinding> Findings)
{
    /// <summary>The statement the table reports, or null.</summary>
    public StatementDefinition? Statement => Table.Statement;

    /// <summary>The table's rows.</summary>
    public IReadOnlyList<TableRow> Rows => Table.Table.Rows;

    /// <summary>The table's number of value columns.</summary>
    public int Columns => Table.Table.ColumnCount;

    /// <summary>Rows a pass settled that later passes leave as they are.</summary>
    public HashSet<int> Settled { get; } = [];

    /// <summary>Reports a finding about the text at <paramref name="offset"/>.</summary>
    public void Report(string rule, Severity severity, string message, int offset, int length) =>
        Findings.Add(Facts.Findings.Make(rule, severity, message, Table.Source.Span(offset, length)));

    /// <summary>
    /// Reports why a row's concept was rewritten, at its label: "Row 'label' <paramref name="why"/>.", or at its line,
    /// "The unlabelled line <paramref name="why"/>.", when it lost its label.
    /// </summary>
    public void ReportRow(int row, string why)
    {
        var printed = Rows[row];
        if (printed.Label is { } label) Report(Facts.Findings.Ambiguous, Severity.Info, $"Row '{label}' {why}.", printed.LabelOffset, label.Length);
        else Report(Facts.Findings.Ambiguous, Severity.Info, $"The unlabelled line {why}.", printed.Line.Offset, printed.Line.Text.Length);
    }

    /// <summary>A row as a message names it: its label in quotes, or "the unlabelled line".</summary>
    public string Quoted(int row) => Rows[row].Label is { } label ? $"'{label}'" : "the unlabelled line";

    /// <summary>
    /// Rewrites row <paramref name="row"/> as the statement's item <paramref name="propertyName"/> (a superseded item's
    /// successor, a classified item's counterpart), noting <paramref name="note"/>; false, leaving the row, when the
    /// statement does not define that item or another row reports it already.
    /// </summary>
    public bool ReportAs(int row, string propertyName, Func<ConceptDefinition, string> note)
    {
        if (Statement?.FindProperty(propertyName) is not { } item || Concepts.Any(c => c?.Concept == item.Concept) || Concepts[row] is not { } concept) return false;
        Concepts[row] = concept with { Concept = item.Concept, Label = item.Labels.Standard, Definition = item, Note = note(item) };
        return true;
    }

    /// <summary>The line item of this statement a label names unambiguously, or null.</summary>
    public RowConcept? Defined(string label) =>
        Labels.Match(label, Table.Table.Kind) is (LabelMatcher.Outcome.Matched, { Definition: not null } concept, _) ? concept : null;
}
