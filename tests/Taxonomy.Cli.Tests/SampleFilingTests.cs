using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>The sample builder itself: its numbers foot in every variant and each option changes the text as it says.</summary>
public sealed class SampleFilingTests
{
    private const string Current = "2026-07-01/2026-09-30";
    private const string Prior = "2025-07-01/2025-09-30";
    private const string Quarter = "2026-09-30";
    private const string YearEnd = "2026-03-31";

    public static TheoryData<string> VariantNames => new(SampleFiling.Variants.Keys);

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Numbers_foot_in_every_variant(string variant)
    {
        var facts = SampleFiling.Variant(variant).Facts;
        foreach (string period in new[] { Current, Prior })
        {
            AssertFoots(facts, "Revenues", period, facts.Where(f => f.IsExtension && f.Period == period).Select(f => (f, 1)));
            AssertFoots(facts, "OperatingExpenses", period, [(Get(facts, "ResearchAndDevelopmentExpense", period), 1), (Get(facts, "GeneralAndAdministrativeExpense", period), 1)]);
            AssertFoots(facts, "OperatingIncomeLoss", period, [(Get(facts, "Revenues", period), 1), (Get(facts, "OperatingExpenses", period), -1)]);
            const string preTax = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest";
            AssertFoots(facts, preTax, period, [(Get(facts, "OperatingIncomeLoss", period), 1), (Get(facts, "NonoperatingIncomeExpense", period), 1)]);
            AssertFoots(facts, "NetIncomeLoss", period, [(Get(facts, preTax, period), 1), (Get(facts, "IncomeTaxExpenseBenefit", period), -1)]);
            AssertPerShare(Get(facts, "EarningsPerShareBasicAndDiluted", period), Get(facts, "NetIncomeLoss", period), Get(facts, "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", period));
        }
        foreach (string instant in new[] { Quarter, YearEnd })
        {
            AssertFoots(facts, "Assets", instant, [(Get(facts, "CashCashEquivalentsAndShortTermInvestments", instant), 1), (Get(facts, "OtherAssets", instant), 1)]);
            AssertFoots(facts, "LiabilitiesAndStockholdersEquity", instant,
                [(Get(facts, "LiabilitiesCurrent", instant), 1), (Get(facts, "LiabilitiesNoncurrent", instant), 1), (Get(facts, "StockholdersEquity", instant), 1)]);
            AssertFoots(facts, "Assets", instant, [(Get(facts, "LiabilitiesAndStockholdersEquity", instant), 1)]);
        }
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Every_variant_states_the_same_46_facts_once_each(string variant)
    {
        var facts = SampleFiling.Variant(variant).Facts;
        Assert.Equal(46, facts.Count); // (7 balance-sheet rows + 14 income rows) × 2 columns + 4 narrative amounts
        Assert.Equal(facts.Count, facts.Select(f => (f.Concept, f.Period)).Distinct().Count());
        Assert.Equal(SampleFiling.Default.Facts.Select(f => (f.Concept, f.Period)), facts.Select(f => (f.Concept, f.Period)));
    }

    [Fact]
    public void Thousands_facts_are_the_known_numbers()
    {
        var facts = SampleFiling.Default.Facts;
        Assert.Equal(new ExpectedFact("Revenues", "Total revenues", Current, 61_755_000m, -3, "USD", "income"), Get(facts, "Revenues", Current));
        Assert.Equal(-16_375_000m, Get(facts, "NetIncomeLoss", Current).Value);
        Assert.Equal(-3_205_000m, Get(facts, "NetIncomeLoss", Prior).Value);
        Assert.Equal(new ExpectedFact("EarningsPerShareBasicAndDiluted", "Net loss per share, basic and diluted", Current, -0.12m, 2, "USD/shares", "income"),
            Get(facts, "EarningsPerShareBasicAndDiluted", Current));
        Assert.Equal(-0.02m, Get(facts, "EarningsPerShareBasicAndDiluted", Prior).Value);
        Assert.Equal(new ExpectedFact("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "Weighted average shares outstanding, basic and diluted", Current, 141_250_000m, -3, "shares", "income"),
            Get(facts, "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", Current));
        Assert.Equal(new ExpectedFact("StockholdersEquity", "Stockholders' equity", YearEnd, 155_870_000m, -3, "USD", "balance"), Get(facts, "StockholdersEquity", YearEnd));
        Assert.Equal(new ExpectedFact("extension:License fees", "License fees", Prior, 20_410_000m, -3, "USD", "income"), Get(facts, "extension:License fees", Prior));
        Assert.Equal(new ExpectedFact("NetCashProvidedByUsedInOperatingActivities", "Cash used in operations", Current, -11_300_000m, -5, "USD", "narrative"),
            Get(facts, "NetCashProvidedByUsedInOperatingActivities", Current));
        Assert.Equal(900_000m, Get(facts, "PaymentsToAcquirePropertyPlantAndEquipment", Prior).Value);
    }

    [Fact]
    public void The_default_text_prints_tab_separated_cells_with_dollar_signs_and_parentheses()
    {
        string[] lines = SampleFiling.Default.Text.Split('\n');
        Assert.Contains("Net loss\t$\t(16,375)\t$\t(3,205)", lines);
        Assert.Contains("Net loss per share, basic and diluted\t$\t(0.12)\t$\t(0.02)", lines);
        Assert.Contains("Other assets\t\t21,906\t\t20,785", lines);
        Assert.Contains("(in thousands, except per share amounts)", lines);
        Assert.Contains("\t\tSeptember 30, 2026\t\tMarch 31, 2026", lines);
        Assert.Contains("\t\tThree Months Ended September 30,", lines);
        Assert.Contains("\t\t2026\t\t2025", lines);
        string text = SampleFiling.Default.Text;
        Assert.Contains("net loss of $16.4 million, or $0.12 per basic and diluted share", text, StringComparison.Ordinal);
        Assert.Contains("were $61.8 million", text, StringComparison.Ordinal);
        Assert.Contains("Cash used in operations was $11.3 million", text, StringComparison.Ordinal);
        Assert.Contains("Capital expenditures were $1.2 million and $0.9 million", text, StringComparison.Ordinal);
        // Every row a labels-missing variant leaves unnamed is named with its amount in the narrative.
        Assert.Contains("Product revenue was $42.2 million, compared with $38.7 million; license fees were $13.5 million, compared with $20.4 million; and collaboration revenue was $6.1 million, compared with $4.6 million.", text, StringComparison.Ordinal);
        Assert.Contains("Research and development expenses were $58.4 million for the quarter, compared with $49.1 million a year earlier, and general and administrative expenses were $21.1 million, compared with $18.8 million.", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Millions_reprints_every_cell_rounded_with_decimals_minus_6()
    {
        var sample = SampleFiling.Variant("millions");
        Assert.Contains("(in millions, except per share amounts)", sample.Text, StringComparison.Ordinal);
        Assert.Contains("Net loss\t$\t(16)\t$\t(3)", sample.Text.Split('\n'));
        Assert.Equal(new ExpectedFact("NetIncomeLoss", "Net loss", Current, -16_000_000m, -6, "USD", "income"), Get(sample.Facts, "NetIncomeLoss", Current));
        Assert.Equal(62_000_000m, Get(sample.Facts, "Revenues", Current).Value);
        Assert.Equal(-0.12m, Get(sample.Facts, "EarningsPerShareBasicAndDiluted", Current).Value);
        Assert.All(sample.TableFacts.Where(f => f.Unit != "USD/shares"), f => Assert.Equal(-6, f.Decimals));
        Assert.Equal(SampleFiling.Default.NarrativeFacts, sample.NarrativeFacts);
    }

    [Fact]
    public void Labels_missing_prints_the_numbers_without_labels_or_headings()
    {
        string text = SampleFiling.Variant("labels-missing").Text;
        string operations = text[text.IndexOf("STATEMENTS OF OPERATIONS", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Research and development", operations, StringComparison.Ordinal);
        Assert.DoesNotContain("Operating expenses:", operations, StringComparison.Ordinal);
        Assert.Contains("\t\t58,420\t\t49,115", operations.Split('\n'));
        Assert.Contains("Total assets\t$\t174,224\t$\t191,232", text.Split('\n'));
    }

    [Fact]
    public void Noise_line_goes_before_the_chosen_printed_row()
    {
        string[] lines = SampleFiling.Variant("noise-line").Text.Split('\n');
        int noise = Array.IndexOf(lines, SampleFiling.NoiseLine);
        Assert.True(noise > 0);
        // Row 6 of the printed statement of operations: Revenues:, three components, Total revenues, Operating expenses:, R&D.
        Assert.StartsWith("Research and development\t", lines[noise + 1], StringComparison.Ordinal);
        Assert.Equal("Operating expenses:", lines[noise - 1]);
    }

    [Fact]
    public void Missing_balance_header_prints_only_the_current_date_but_the_narrative_names_the_comparative()
    {
        var sample = SampleFiling.Variant("missing-balance-header");
        string text = sample.Text;
        string balance = text[text.IndexOf("BALANCE SHEETS", StringComparison.Ordinal)..text.IndexOf("STATEMENTS OF OPERATIONS", StringComparison.Ordinal)];
        Assert.Contains("\t\tSeptember 30, 2026\n", balance, StringComparison.Ordinal);
        Assert.DoesNotContain("March 31", balance, StringComparison.Ordinal);
        Assert.Contains("compared with $170.4 million at March 31, 2026", text, StringComparison.Ordinal);
        Assert.Equal(155_870_000m, Get(sample.Facts, "StockholdersEquity", YearEnd).Value);
    }

    [Fact]
    public void Damaged_separators_change_only_the_chosen_cells()
    {
        var sample = SampleFiling.Variant("damaged-separators");
        string[] lines = sample.Text.Split('\n');
        Assert.Contains("Total revenues\t\t61 755\t\t63,660", lines);
        Assert.Contains("Research and development\t\t58,420\t\t49.115", lines);
        Assert.Contains("Total assets\t$\t174,224\t$\t191 232", lines);
        Assert.Contains("Stockholders' equity\t\t139.118\t\t155,870", lines);
        Assert.Equal(SampleFiling.Default.Facts, sample.Facts);
    }

    [Fact]
    public void Damaging_a_cell_without_separators_is_refused()
    {
        var options = new SampleFilingOptions { DamagedCells = [new DamagedCell("EarningsPerShareBasicAndDiluted", 0, ' ')] };
        Assert.Throws<ArgumentException>(() => SampleFiling.Render("bad", options));
    }

    [Fact]
    public void Broken_total_does_not_foot()
    {
        var facts = SampleFiling.Render("broken", SampleFiling.BrokenTotal).Facts;
        var total = Get(facts, "OperatingExpenses", Current);
        decimal parts = Get(facts, "ResearchAndDevelopmentExpense", Current).Value + Get(facts, "GeneralAndAdministrativeExpense", Current).Value;
        Assert.Equal(79_570_000m, total.Value);
        Assert.True(Math.Abs(total.Value - parts) > 3 * 500m, "the break must exceed the rounding tolerance");
        Assert.Contains("Total operating expenses\t\t79,570\t\t67,975", SampleFiling.Render("broken", SampleFiling.BrokenTotal).Text.Split('\n'));
    }

    private static ExpectedFact Get(IEnumerable<ExpectedFact> facts, string concept, string period) =>
        facts.Single(f => f.Concept == concept && f.Period == period);

    /// <summary>Total = Σ weight × part within the rounding of every printed number (XBRL Calculations 1.1); exact in thousands.</summary>
    private static void AssertFoots(IReadOnlyList<ExpectedFact> facts, string total, string period, IEnumerable<(ExpectedFact Fact, int Weight)> parts)
    {
        var totalFact = Get(facts, total, period);
        var terms = parts.ToArray();
        Assert.NotEmpty(terms);
        decimal sum = terms.Sum(t => t.Weight * t.Fact.Value);
        decimal tolerance = HalfUnit(totalFact) + terms.Sum(t => HalfUnit(t.Fact));
        Assert.True(Math.Abs(totalFact.Value - sum) <= tolerance, $"{total} {period}: {totalFact.Value} vs parts {sum} (tolerance {tolerance})");
        if (totalFact.Decimals == -3) Assert.Equal(sum, totalFact.Value);
    }

    private static void AssertPerShare(ExpectedFact eps, ExpectedFact netIncome, ExpectedFact shares)
    {
        decimal low = (netIncome.Value - HalfUnit(netIncome)) / (shares.Value - HalfUnit(shares));
        decimal high = (netIncome.Value + HalfUnit(netIncome)) / (shares.Value + HalfUnit(shares));
        decimal[] corners = [low, high, (netIncome.Value - HalfUnit(netIncome)) / (shares.Value + HalfUnit(shares)), (netIncome.Value + HalfUnit(netIncome)) / (shares.Value - HalfUnit(shares))];
        Assert.True(corners.Min() <= eps.Value + HalfUnit(eps) && eps.Value - HalfUnit(eps) <= corners.Max(),
            $"EPS {eps.Value} {eps.Period} is not {netIncome.Value} / {shares.Value} within rounding");
    }

    private static decimal HalfUnit(ExpectedFact fact)
    {
        decimal unit = 1m;
        for (int i = 0; i < Math.Abs(fact.Decimals); i++) unit = fact.Decimals < 0 ? unit * 10m : unit / 10m;
        return unit / 2m;
    }
}
