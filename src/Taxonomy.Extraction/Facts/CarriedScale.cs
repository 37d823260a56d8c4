using System.Globalization;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A statement that states no scale, printed under only headings after a statement of another kind, takes that
/// statement's scale ("(in millions)" printed once for the page). The two could differ ("(in billions)" above a cash-flow
/// summary in millions), so the carried scale is checked against the line items both statements report (net income in
/// the income and cash-flow statements, cash in the balance sheet and the cash-flow statement): one agreeing confirms
/// it; all disagreeing refute it, and the statement's amounts are withheld; none shared leaves it undecided, and a
/// finding says the scale was carried over unconfirmed.
/// </summary>
internal static class CarriedScale
{
    public static void Check(StatementTable table, StatementTable above, List<Fact> facts, IReadOnlyList<Fact> aboveFacts,
        Loading.SourceText source, List<ValidationFinding> findings)
    {
        if (facts.Count == 0) return;
        bool shared = false;
        foreach (var fact in facts)
        {
            if (fact.NumericValue is not { } value || !IsScaled(fact)) continue;
            foreach (var other in aboveFacts)
            {
                if (other.Concept != fact.Concept || other.Period != fact.Period || other.NumericValue is not { } printed) continue;
                if (printed == value) return;
                shared = true;
            }
        }
        string title = table.Title.Text.Trim();
        string from = above.Title.Text.Trim();
        var span = source.Span(table.Title.Offset, table.Title.Text.Length);
        if (shared)
        {
            int removed = facts.RemoveAll(IsScaled);
            findings.Add(Findings.Make(Findings.ScaleMissing, Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"{title}: the table states no scale, and the scale of {from} above it makes the line items both report disagree; its {removed} scaled amounts are not reported."), span));
            return;
        }
        findings.Add(Findings.Make(Findings.ScaleMissing, Severity.Warning,
            $"{title}: the table states no scale; it is read in the scale {from} above it states under its title, a statement of another kind, and no line item both report confirms it.", span));
    }

    /// <summary>Amounts and share counts: the values a table's scale multiplies (per-share amounts and ratios it leaves as printed).</summary>
    private static bool IsScaled(Fact fact) => fact.Unit is { } unit && (unit == Unit.Shares || (unit.Denominator is null && unit.Numerator.Prefix == "iso4217"));
}
