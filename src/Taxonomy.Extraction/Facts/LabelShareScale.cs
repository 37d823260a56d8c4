using System.Globalization;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Share counts printed in a balance-sheet label under a heading that scales amounts ("in millions") but says nothing
/// of share counts: filers print such counts both in the heading's scale ("12,000 shares issued" meaning millions) and
/// in whole shares ("120,000,000 shares authorized"). The document decides: the shares issued or outstanding at a date
/// are of the order of the weighted-average shares of the periods the document reports (a duration share count), so
/// the reading whose issued or outstanding counts lie within a factor of two of one such average is kept, for every
/// label of the table (one table prints its labels one way). When neither reading fits, or both do, or the document
/// prints no average, the table's label counts are not reported.
/// </summary>
internal static class LabelShareScale
{
    /// <summary>A fact read from a label in the implied scale: the row it was printed in and the count as printed.</summary>
    public sealed record Count(Fact Fact, int Row, decimal Printed);

    public static void Settle(List<Fact> facts, List<(int Table, List<Count> Counts)> tables, List<ValidationFinding> findings)
    {
        var averages = facts.Where(f => f.Unit == Unit.Shares && f.Period is { IsInstant: false } && f.NumericValue is > 0m).Select(f => f.NumericValue!.Value).ToList();
        foreach (var (_, counts) in tables)
        {
            if (counts.Count == 0) continue;
            var checkable = counts.Where(c => IsIssuedOrOutstanding(c.Fact)).ToList();
            bool scaledFits = checkable.Count > 0 && checkable.All(c => averages.Any(a => Near(c.Fact.NumericValue!.Value, a)));
            bool wholeFits = checkable.Count > 0 && checkable.All(c => averages.Any(a => Near(c.Printed, a)));
            if (scaledFits && !wholeFits) continue;
            if (wholeFits && !scaledFits)
            {
                foreach (var c in counts) Replace(facts, c.Fact, c.Fact with { NumericValue = c.Printed, Decimals = Decimals.Of(0) });
                continue;
            }
            foreach (var c in counts) facts.Remove(c.Fact);
            var first = counts[0].Fact;
            string why = averages.Count == 0 ? "the document prints no weighted-average share count to compare them with" : "their size against the document's weighted-average share counts does not decide it";
            findings.Add(Findings.Make(Findings.Ambiguous, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"Share counts printed in labels from line {first.Provenance?.Span.Line} ({string.Join(", ", counts.Select(c => c.Printed).Distinct())}): the heading scales amounts but does not say whether share counts are scaled, and {why}; not reported."),
                first.Provenance?.Span));
        }
    }

    private static bool IsIssuedOrOutstanding(Fact fact) =>
        fact.Concept.LocalName.Contains("SharesIssued", StringComparison.Ordinal) || fact.Concept.LocalName.Contains("SharesOutstanding", StringComparison.Ordinal);

    private static bool Near(decimal count, decimal average) => count * 2m >= average && count <= average * 2m;

    private static void Replace(List<Fact> facts, Fact old, Fact replacement)
    {
        int i = facts.FindIndex(f => ReferenceEquals(f, old));
        if (i >= 0) facts[i] = replacement;
    }
}
