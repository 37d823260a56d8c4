using System.Globalization;
using Taxonomy.Concepts;

namespace Taxonomy.Validation;

/// <summary>
/// The checks generated validators call, one method a rule. Each appends findings to a list and never
/// throws; absent values are skipped (a rule about an item that is not reported says nothing), except
/// <see cref="Required"/>.
/// </summary>
public static class StatementRules
{
    /// <summary>
    /// XBRL Calculations 1.1 summation: when the total and at least one child are reported, the weighted sum
    /// of the children's intervals must overlap the total's interval. A shipped calculation lists every line a
    /// full statement may print; a condensed statement reports only some of them. So an inconsistent sum is an
    /// error only when every child is reported; with children absent it is a warning
    /// (<see cref="RuleIds.CalculationSummationPartial"/>), since an absent line may explain the gap.
    /// </summary>
    public static void Summation(List<ValidationFinding> findings, ConceptDefinition total, Period period, CalculationTerm totalValue, ReadOnlySpan<CalculationTerm> children)
    {
        if (totalValue.Value is not { } reported) return;
        var sum = ValueInterval.Zero;
        decimal pointSum = 0m;
        bool any = false;
        int absent = 0;
        foreach (var child in children)
        {
            if (child.Value is not { } v)
            {
                absent++;
                continue;
            }
            any = true;
            sum += ValueInterval.Of(v, child.Decimals).Times(child.Weight);
            pointSum = SaturatingAdd(pointSum, v * child.Weight);
        }
        if (!any) return;
        if (sum.Overlaps(ValueInterval.Of(reported, totalValue.Decimals))) return;
        bool complete = absent == 0;
        findings.Add(new ValidationFinding
        {
            RuleId = complete ? RuleIds.CalculationSummation : RuleIds.CalculationSummationPartial,
            Severity = complete ? Severity.Error : Severity.Warning,
            Concept = total.Concept,
            Period = period,
            Expected = pointSum,
            Actual = reported,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{total.Labels.Standard} ({total.Concept}) is {N(reported)}, but its {(complete ? "components" : "reported components")} sum to {N(pointSum)} (consistent range {N(sum.Low)}..{N(sum.High)}){(complete ? "." : $"; {absent} component(s) not reported may explain the difference.")}")
        });
    }

    /// <summary>Two items that must be equal within rounding (an accounting identity).</summary>
    public static void Identity(List<ValidationFinding> findings, ConceptDefinition left, ConceptDefinition right, Period period, CalculationTerm leftValue, CalculationTerm rightValue)
    {
        if (leftValue.Value is not { } l || rightValue.Value is not { } r) return;
        if (ValueInterval.Of(l, leftValue.Decimals).Overlaps(ValueInterval.Of(r, rightValue.Decimals))) return;
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.Identity,
            Severity = Severity.Error,
            Concept = right.Concept,
            Period = period,
            Expected = l,
            Actual = r,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{right.Labels.Standard} ({N(r)}) must equal {left.Labels.Standard} ({N(l)}).")
        });
    }

    /// <summary>A value declared non-negative (or a share count) is negative.</summary>
    public static void NonNegative(List<ValidationFinding> findings, ConceptDefinition concept, Period period, CalculationTerm value)
    {
        if (value.Value is not { } v || v >= 0) return;
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.NegativeValue,
            Severity = Severity.Error,
            Concept = concept.Concept,
            Period = period,
            Actual = v,
            Message = string.Create(CultureInfo.InvariantCulture, $"{concept.Labels.Standard} ({concept.Concept}) must not be negative but is {N(v)}.")
        });
    }

    /// <summary>A debit-balance instant (an asset) reported negative: unusual, so a warning.</summary>
    public static void SignByBalance(List<ValidationFinding> findings, ConceptDefinition concept, Period period, CalculationTerm value)
    {
        if (value.Value is not { } v || v >= 0) return;
        if (concept.Balance != BalanceType.Debit || concept.PeriodType != PeriodType.Instant) return;
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.SignByBalance,
            Severity = Severity.Warning,
            Concept = concept.Concept,
            Period = period,
            Actual = v,
            Message = string.Create(CultureInfo.InvariantCulture, $"{concept.Labels.Standard} is a debit-balance instant (an asset) reported as {N(v)}.")
        });
    }

    /// <summary>A required line item is absent.</summary>
    public static void Required(List<ValidationFinding> findings, ConceptDefinition concept, Period period, bool present)
    {
        if (present) return;
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.RequiredMissing,
            Severity = Severity.Warning,
            Concept = concept.Concept,
            Period = period,
            Message = $"{concept.Labels.Standard} ({concept.Concept}) is required but missing."
        });
    }

    /// <summary>
    /// A per-share amount must lie within rounding of numerator ÷ denominator: the interval of the ratio
    /// (from the numerator's and denominator's intervals) must overlap the per-share amount's interval.
    /// </summary>
    public static void PerShare(List<ValidationFinding> findings, ConceptDefinition concept, Period period, CalculationTerm perShare, CalculationTerm numerator, CalculationTerm denominator)
    {
        if (perShare.Value is not { } eps || numerator.Value is not { } n || denominator.Value is not { } d) return;
        var ni = ValueInterval.Of(n, numerator.Decimals);
        var di = ValueInterval.Of(d, denominator.Decimals);
        if (di.Low <= 0m) return;
        ValueInterval ratio;
        decimal pointRatio;
        try
        {
            decimal[] corners = [ni.Low / di.Low, ni.Low / di.High, ni.High / di.Low, ni.High / di.High];
            ratio = new ValueInterval(corners.Min(), corners.Max());
            pointRatio = decimal.Round(n / d, 4);
        }
        catch (OverflowException)
        {
            return; // a ratio beyond the decimal range: nothing a per-share amount could be checked against
        }
        if (ratio.Overlaps(ValueInterval.Of(eps, perShare.Decimals))) return;
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.PerShareRatio,
            Severity = Severity.Error,
            Concept = concept.Concept,
            Period = period,
            Expected = pointRatio,
            Actual = eps,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{concept.Labels.Standard} is {N(eps)}, but {N(n)} / {N(d)} = {pointRatio} (consistent range {decimal.Round(ratio.Low, 4)}..{decimal.Round(ratio.High, 4)}).")
        });
    }

    private static decimal SaturatingAdd(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>A number as a person reads it in a message: the canonical decimal, without trailing zeros.</summary>
    private static string N(decimal value) => DecimalLexical.Format(value);
}
