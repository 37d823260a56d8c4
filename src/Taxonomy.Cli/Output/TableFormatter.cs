using System.Text;
using Taxonomy.Extraction;
using Taxonomy.Validation;

namespace Taxonomy.Cli.Output;

/// <summary>
/// The <c>table</c> format: per input, each statement as an aligned table (line items × periods), the facts no
/// statement shows, the findings, and a one-line summary.
/// </summary>
internal static class TableFormatter
{
    public static string Format(IEnumerable<ExtractionResult> results)
    {
        var output = new StringBuilder();
        bool first = true;
        foreach (var result in results)
        {
            if (!first) output.Append('\n');
            first = false;
            Append(output, result);
        }
        return output.ToString();
    }

    private static void Append(StringBuilder output, ExtractionResult result)
    {
        output.Append("# ").Append(result.SourceName).Append('\n');
        foreach (var (definition, columns) in StatementLayout.Group(result.Statements))
        {
            output.Append('\n').Append("## ").Append(definition.Name).Append(" (").Append(Invariant.Camel(definition.Kind)).Append(")\n");
            var table = new TextTable(
                ["Line item", "Concept", .. columns.Select(c => c.Period.ToString())],
                [false, false, .. columns.Select(_ => true)]);
            foreach (var concept in definition.Concepts)
            {
                string[] values = columns.Select(c => Invariant.Value(c.GetValue(concept.PropertyName))).ToArray();
                if (values.All(v => v.Length == 0)) continue;
                table.Add([concept.Labels.Standard, concept.Concept.ToString(), .. values]);
            }
            table.AppendTo(output);
        }

        var others = result.Report.Facts
            .Where(f => !StatementLayout.IsShownInStatement(f, result.Statements))
            .OrderBy(f => f.Concept).ThenBy(f => f.Period).ThenBy(f => f.LexicalValue, StringComparer.Ordinal)
            .ToArray();
        if (others.Length > 0)
        {
            output.Append("\n## Other facts\n");
            var table = new TextTable(["Concept", "Period", "Value", "Unit", "Decimals", "Source"], [false, false, true, false, true, false]);
            foreach (var fact in others)
            {
                table.Add(
                    fact.Concept.ToString(),
                    fact.Period.ToString(),
                    fact.NumericValue is { } v ? Invariant.Grouped(v) : fact.TextValue ?? string.Empty,
                    fact.Unit?.ToString() ?? string.Empty,
                    fact.Decimals?.ToString() ?? string.Empty,
                    fact.Provenance?.Span.ToString() ?? string.Empty);
            }
            table.AppendTo(output);
        }

        if (result.Findings.Count > 0)
        {
            output.Append("\n## Findings\n");
            var table = new TextTable(["Severity", "Rule", "Where", "Message"], [false, false, false, false]);
            foreach (var finding in FindingOrder.Sort(result.Findings))
            {
                table.Add(Invariant.Camel(finding.Severity), finding.RuleId, finding.Span?.ToString() ?? string.Empty, CliApplication.OneLine(finding.Message));
            }
            table.AppendTo(output);
        }

        output.Append('\n').Append(Summary(result)).Append('\n');
    }

    /// <summary>One line: counts of facts, statements and findings by severity.</summary>
    public static string Summary(ExtractionResult result)
    {
        int errors = result.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = result.Findings.Count(f => f.Severity == Severity.Warning);
        int infos = result.Findings.Count(f => f.Severity == Severity.Info);
        return $"{result.SourceName}: {Count(result.Report.Facts.Count, "fact")}, {Count(result.Statements.Count, "statement")}, "
            + $"{Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info", "infos")}.";
    }

    private static string Count(int n, string singular, string? plural = null) =>
        Invariant.Plain(n) + " " + (n == 1 ? singular : plural ?? singular + "s");
}
