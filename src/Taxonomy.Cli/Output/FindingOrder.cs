using Taxonomy.Validation;

namespace Taxonomy.Cli.Output;

/// <summary>The order findings are listed in: most serious first, then by place in the document, rule and message.</summary>
internal static class FindingOrder
{
    public static IEnumerable<ValidationFinding> Sort(IEnumerable<ValidationFinding> findings) =>
        findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Span?.Offset ?? int.MaxValue)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal);
}
