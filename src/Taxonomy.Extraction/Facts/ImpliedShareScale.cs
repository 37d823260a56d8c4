using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Share counts printed in a table's rows under a heading that scales amounts but says nothing of share counts
/// ("(Dollars in thousands, except per share data)"): filers print such counts in the heading's scale, and banks in
/// whole shares. The table's own earnings per share decide: when each per-share amount is its numerator over the share
/// count as printed and none is over the count in the heading's scale, the table's share counts are read as printed,
/// with a finding. Otherwise (no per-share row, or both readings fit, or neither) they stay in the heading's scale.
/// </summary>
internal static class ImpliedShareScale
{
    /// <summary>Reads the table's share counts as printed when its per-share amounts say so.</summary>
    /// <remarks>Counts printed in labels are left to <see cref="LabelShareScale"/> (<paramref name="labelCounts"/>).</remarks>
    public static void Settle(List<Fact> tableFacts, StatementDefinition? statement, TableScale scale, IReadOnlyList<LabelShareScale.Count> labelCounts, List<ValidationFinding> findings)
    {
        if (statement is null || scale.SharesPower <= 0 || scale.SharesStated) return;
        var shares = tableFacts.Where(f => f.Unit == Unit.Shares && f.NumericValue is > 0m && f.Decimals is { IsInfinite: false }
            && !labelCounts.Any(c => ReferenceEquals(c.Fact, f))).ToList();
        if (shares.Count == 0) return;
        decimal factor = Powers.Of10(scale.SharesPower);
        int printedFits = 0, scaledFits = 0;
        Fact? example = null;
        foreach (var perShare in statement.Concepts)
        {
            if (perShare.PerShareOf is not { } ratio || statement.FindProperty(ratio.Numerator) is not { } numerator
                || statement.FindProperty(ratio.Denominator) is not { } denominator) continue;
            foreach (var amount in tableFacts)
            {
                if (amount.Concept != perShare.Concept || amount.NumericValue is not { } value || value == 0m) continue;
                var income = First(tableFacts, numerator.Concept, amount.Period, numeric: true);
                var count = First(shares, denominator.Concept, amount.Period, numeric: false);
                if (income is null || count is null) continue;
                var printed = count with { NumericValue = count.NumericValue!.Value / factor, Decimals = Decimals.Of(count.Decimals!.Value.Value + scale.SharesPower) };
                bool asPrinted = Fits(amount, income, printed), asScaled = Fits(amount, income, count);
                if (asPrinted && !asScaled)
                {
                    printedFits++;
                    example ??= amount;
                }
                else if (asScaled)
                {
                    scaledFits++;
                }
            }
        }
        if (printedFits == 0 || scaledFits > 0) return;
        foreach (var count in shares)
        {
            int i = tableFacts.IndexOf(count);
            tableFacts[i] = count with { NumericValue = count.NumericValue!.Value / factor, Decimals = Decimals.Of(count.Decimals!.Value.Value + scale.SharesPower) };
        }
        var first = shares[0];
        findings.Add(Findings.Make(Findings.RowReading, Severity.Info, string.Create(CultureInfo.InvariantCulture,
            $"Share counts from line {first.Provenance?.Span.Line} are read as printed: the table's heading scales amounts but does not say share counts are scaled, and the table's per-share amounts ({example!.Concept} {example.NumericValue} for {example.Period}) are its income over the counts as printed, not over the counts in the heading's scale."),
            first.Provenance?.Span));
    }

    /// <summary>Whether the per-share amount, within its rounding, is the income over the share count (each within its own rounding).</summary>
    private static bool Fits(Fact perShare, Fact income, Fact shares)
    {
        var incomeRange = ValueInterval.Of(income.NumericValue!.Value, income.Decimals ?? Decimals.Infinite);
        var sharesRange = ValueInterval.Of(shares.NumericValue!.Value, shares.Decimals ?? Decimals.Infinite);
        if (sharesRange.Low <= 0m) return false;
        decimal a = incomeRange.Low / sharesRange.High, b = incomeRange.Low / sharesRange.Low, c = incomeRange.High / sharesRange.High, d = incomeRange.High / sharesRange.Low;
        var quotient = new ValueInterval(Math.Min(Math.Min(a, b), Math.Min(c, d)), Math.Max(Math.Max(a, b), Math.Max(c, d)));
        return quotient.Overlaps(ValueInterval.Of(perShare.NumericValue!.Value, perShare.Decimals ?? Decimals.Infinite));
    }

    /// <summary>The first fact of <paramref name="concept"/> for <paramref name="period"/> (with a value, when <paramref name="numeric"/>), or null.</summary>
    private static Fact? First(List<Fact> facts, QName concept, Period period, bool numeric)
    {
        foreach (var f in facts)
        {
            if (f.Concept == concept && f.Period == period && (!numeric || f.NumericValue is not null)) return f;
        }
        return null;
    }
}
