using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>A figure printed more than once: printings agree when their Calculations 1.1 intervals share a value.</summary>
public class RepeatedFactsTests
{
    private static readonly QName Cash = new("us-gaap", "CashAndCashEquivalentsAtCarryingValue");
    private static readonly Period June = Period.Instant(new DateOnly(2025, 6, 30));

    private static Fact Printed(decimal value, int decimals) => Fact.Numeric(Cash, Entity.Cik("0000000000"), June, value, decimals, Unit.Usd);

    private static (List<Fact> Kept, List<ValidationFinding> Findings) Reconcile(params Fact[] printings)
    {
        var facts = printings.ToList();
        var findings = new List<ValidationFinding>();
        RepeatedFacts.Reconcile(facts, new SourceText(""), findings);
        return (facts, findings);
    }

    [Fact]
    public void A_rounded_copy_agrees_with_the_exact_figure_and_the_exact_one_is_kept()
    {
        var (kept, findings) = Reconcile(Printed(44_000_000m, -6), Printed(43_878_000m, -3));
        Assert.Equal(43_878_000m, Assert.Single(kept).NumericValue);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_figure_on_the_edge_of_the_rounded_copys_interval_agrees()
    {
        // 43,500 thousand stands for [43,499,500, 43,500,500]; 43 million at −6 for [42,500,000, 43,500,000]: they share 43,500,000.
        var (kept, findings) = Reconcile(Printed(43_000_000m, -6), Printed(43_500_000m, -3));
        Assert.Equal(43_500_000m, Assert.Single(kept).NumericValue);
        Assert.Empty(findings);
    }

    [Fact]
    public void Two_precise_printings_that_each_round_to_a_coarse_one_but_not_to_each_other_conflict()
    {
        var (kept, findings) = Reconcile(Printed(44_000_000m, -6), Printed(43_600_000m, -5), Printed(44_400_000m, -5));
        Assert.Empty(kept);
        Assert.Contains(findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void Different_figures_at_the_same_precision_conflict()
    {
        var (kept, findings) = Reconcile(Printed(8_100_000m, -3), Printed(8_200_000m, -3));
        Assert.Empty(kept);
        Assert.Single(findings);
    }
}
