using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A short income statement that lost row labels in conversion: revenue, cost, gross profit, operating expenses,
/// operating income, tax, net income. It prints no pre-tax line, so net income is operating income less tax, which
/// the flattened calculation network states only through its leaves (pre-tax income is the child of net income). The
/// solver reads such condensed totals (a total foots on the widest items printed whose leaves are part of its own), and
/// of readings at one cost prefers the one that prints net income (the statement's required item), then the one whose
/// items more totals count. Before, the gross profit row was reported as operating income, operating expenses as
/// interest expense and operating income as pre-tax income. Fictional: Galloway Instruments Corporation; it foots.
/// </summary>
public class CondensedLabelLessIncomeTests
{
    private static readonly (string Label, string Now, string Before)[] Lines =
    [
        ("Revenue", "12,400", "10,900"), ("Cost of revenue", "5,100", "4,700"), ("Gross profit", "7,300", "6,200"),
        ("Operating expenses", "4,300", "3,900"), ("Operating income", "3,000", "2,300"), ("Income tax expense", "700", "500"),
        ("Net income", "2,300", "1,800"),
    ];

    private static string Statement(Func<int, bool> keepsLabel) =>
        "GALLOWAY INSTRUMENTS CORPORATION\n\nGalloway Instruments Corporation reported results for its first quarter ended March 31, 2031.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tThree Months Ended March 31,\n\t2031\t2030\n"
        + string.Concat(Lines.Select((l, i) => (keepsLabel(i) ? l.Label : "") + "\t" + l.Now + "\t" + l.Before + "\n"));

    public static TheoryData<string, int[]> Damage => new()
    {
        { "every label lost", [] },
        { "only revenue and net income labelled", [0, 6] },
        { "only gross profit labelled", [2] },
        { "only net income labelled", [6] },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_label_less_statement_without_a_pre_tax_line_is_read_through_its_condensed_totals(string damage, int[] labelled)
    {
        var facts = Extract(Statement(labelled.Contains)).Report.Facts;

        Assert.True(Value(facts, "GrossProfit") == 7_300_000m, damage);
        Assert.True(Value(facts, "OperatingIncomeLoss") == 3_000_000m, damage);
        Assert.True(Value(facts, "IncomeTaxExpenseBenefit") == 700_000m, damage);
        Assert.True(Value(facts, "NetIncomeLoss") == 2_300_000m, damage);
        // The readings that were reported before.
        Assert.DoesNotContain(facts, f => f.Concept.LocalName is "InterestExpense" or "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest");
        Assert.DoesNotContain(facts, f => f.Concept.LocalName == "OperatingIncomeLoss" && f.NumericValue == 7_300_000m);
    }

    [Fact]
    public void Rows_the_calculations_cannot_tell_apart_stay_unreported()
    {
        var result = Extract(Statement(_ => false));

        // Operating expenses could be any operating cost (research, selling, general): not reported, with a finding.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 4_300_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Taxonomy.Extraction.Facts.Findings.Ambiguous);
    }

    [Fact]
    public void The_labelled_statement_reads_as_before()
    {
        var facts = Extract(Statement(_ => true)).Report.Facts;

        Assert.Equal(12_400_000m, Value(facts, "Revenues"));
        Assert.Equal(4_300_000m, Value(facts, "OperatingExpenses"));
        Assert.Equal(3_000_000m, Value(facts, "OperatingIncomeLoss"));
        Assert.Equal(2_300_000m, Value(facts, "NetIncomeLoss"));
    }

    private static decimal? Value(IEnumerable<Fact> facts, string localName) =>
        facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 3, 31))?.NumericValue;

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });
}
