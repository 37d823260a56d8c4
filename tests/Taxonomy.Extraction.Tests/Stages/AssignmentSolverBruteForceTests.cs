using System.Globalization;
using System.Text;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// The solver decides small generated tables (rows that foot into totals, some subtracted, stray rows, lost and suspect
/// cells, fractional values, labelled rows, rows named by phrases the taxonomy lacks, prose confirming or contradicting
/// values) as the rules written out plainly decide them when every reading of the table is tried
/// (<see cref="BruteForceAssignments"/>): kinds, line items, extension totals, how each was confirmed, solved and
/// confirmed cells.
/// </summary>
public class AssignmentSolverBruteForceTests
{
    private const int MaxReadings = 256; // the solver keeps this many equally cheap readings

    [Theory]
    [InlineData(1, 300, 6)]
    [InlineData(2, 300, 6)]
    [InlineData(3, 150, 9)]
    public void The_solver_decides_small_tables_as_trying_every_reading_does(int seed, int cases, int maxRows)
    {
        var random = new Random(seed);
        int compared = 0, decided = 0;
        foreach (var statement in Fictional.Catalog.Statements)
        {
            for (int i = 0; i < cases; i++)
            {
                if (SolvesAsBruteForce(Generate(random, statement, maxRows, 10_000)) is not { } expected) continue;
                compared++;
                if (expected.Contains(" Concept ", StringComparison.Ordinal)) decided++;
            }
        }
        // Most tables are compared, and many get line items from their calculations.
        Assert.True(compared > cases, $"only {compared} tables compared");
        Assert.True(decided > cases / 4, $"only {decided} compared tables had a row assigned");
    }

    /// <summary>
    /// A fictional income statement larger than <see cref="Fictional.Catalog"/>'s: totals with three children, one item
    /// under two totals, subtracted children at two levels, so that different readings of the rows above leave the rows
    /// below with the same choices (the solver's remembered dead ends are then compared with trying every reading), and
    /// net income required, as the shipped income statement has it (a reading that prints it wins a tie).
    /// </summary>
    private const string LargerIncomeSchema = """
    {
      "title": "LargerIncome", "type": "object",
      "x-statement": { "namespace": "Larger", "periodType": "duration", "kind": "incomeStatement", "titles": ["Statements of Income"] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024" },
      "properties": {
        "ProductRevenue": { "x-concept": "us-gaap:ProductRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "ProductRevenue", "synonyms": [] } },
        "ServiceRevenue": { "x-concept": "us-gaap:ServiceRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "ServiceRevenue", "synonyms": [] } },
        "LicenseRevenue": { "x-concept": "us-gaap:LicenseRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "LicenseRevenue", "synonyms": [] } },
        "Revenues": { "x-concept": "us-gaap:Revenues", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Revenues", "synonyms": [] }, "x-calculation": [ { "item": "ProductRevenue", "weight": 1 }, { "item": "ServiceRevenue", "weight": 1 }, { "item": "LicenseRevenue", "weight": 1 } ] },
        "CostOfProducts": { "x-concept": "us-gaap:CostOfProducts", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "CostOfProducts", "synonyms": [] } },
        "CostOfServices": { "x-concept": "us-gaap:CostOfServices", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "CostOfServices", "synonyms": [] } },
        "CostOfRevenue": { "x-concept": "us-gaap:CostOfRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "CostOfRevenue", "synonyms": [] }, "x-calculation": [ { "item": "CostOfProducts", "weight": 1 }, { "item": "CostOfServices", "weight": 1 } ] },
        "GrossProfit": { "x-concept": "us-gaap:GrossProfit", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "GrossProfit", "synonyms": [] }, "x-calculation": [ { "item": "Revenues", "weight": 1 }, { "item": "CostOfRevenue", "weight": -1 } ] },
        "ResearchAndDevelopmentExpense": { "x-concept": "us-gaap:ResearchAndDevelopmentExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "ResearchAndDevelopmentExpense", "synonyms": [] } },
        "SellingGeneralAndAdministrativeExpense": { "x-concept": "us-gaap:SellingGeneralAndAdministrativeExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "SellingGeneralAndAdministrativeExpense", "synonyms": [] } },
        "RestructuringCharges": { "x-concept": "us-gaap:RestructuringCharges", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "RestructuringCharges", "synonyms": [] } },
        "OperatingExpenses": { "x-concept": "us-gaap:OperatingExpenses", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "OperatingExpenses", "synonyms": [] }, "x-calculation": [ { "item": "ResearchAndDevelopmentExpense", "weight": 1 }, { "item": "SellingGeneralAndAdministrativeExpense", "weight": 1 }, { "item": "RestructuringCharges", "weight": 1 } ] },
        "CostsAndExpenses": { "x-concept": "us-gaap:CostsAndExpenses", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "CostsAndExpenses", "synonyms": [] }, "x-calculation": [ { "item": "CostOfRevenue", "weight": 1 }, { "item": "OperatingExpenses", "weight": 1 } ] },
        "OperatingIncomeLoss": { "x-concept": "us-gaap:OperatingIncomeLoss", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "OperatingIncomeLoss", "synonyms": [] }, "x-calculation": [ { "item": "GrossProfit", "weight": 1 }, { "item": "OperatingExpenses", "weight": -1 } ] },
        "InvestmentIncomeInterest": { "x-concept": "us-gaap:InvestmentIncomeInterest", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "InvestmentIncomeInterest", "synonyms": [] } },
        "InterestExpense": { "x-concept": "us-gaap:InterestExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "InterestExpense", "synonyms": [] } },
        "OtherNonoperatingIncomeExpense": { "x-concept": "us-gaap:OtherNonoperatingIncomeExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "OtherNonoperatingIncomeExpense", "synonyms": [] } },
        "NonoperatingIncomeExpense": { "x-concept": "us-gaap:NonoperatingIncomeExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "NonoperatingIncomeExpense", "synonyms": [] }, "x-calculation": [ { "item": "InvestmentIncomeInterest", "weight": 1 }, { "item": "InterestExpense", "weight": -1 }, { "item": "OtherNonoperatingIncomeExpense", "weight": 1 } ] },
        "PretaxIncome": { "x-concept": "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "PretaxIncome", "synonyms": [] }, "x-calculation": [ { "item": "OperatingIncomeLoss", "weight": 1 }, { "item": "NonoperatingIncomeExpense", "weight": 1 } ] },
        "IncomeTaxExpenseBenefit": { "x-concept": "us-gaap:IncomeTaxExpenseBenefit", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "IncomeTaxExpenseBenefit", "synonyms": [] } },
        "NetIncomeLoss": { "x-concept": "us-gaap:NetIncomeLoss", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "NetIncomeLoss", "synonyms": [] }, "x-calculation": [ { "item": "PretaxIncome", "weight": 1 }, { "item": "IncomeTaxExpenseBenefit", "weight": -1 } ], "x-required": true }
      }
    }
    """;

    private static readonly StatementDefinition LargerIncome = new ConceptCatalog([SchemaCatalog.Load(LargerIncomeSchema)]).Statements.Single();

    [Theory]
    [InlineData(4, 150, 10_000)]
    [InlineData(5, 150, 4)]
    public void The_solver_decides_tables_of_a_larger_statement_as_trying_every_reading_does(int seed, int cases, int largestAmount)
    {
        var random = new Random(seed);
        int compared = 0;
        for (int i = 0; i < cases; i++)
        {
            if (SolvesAsBruteForce(Generate(random, LargerIncome, 9, largestAmount)) is not null) compared++;
        }
        Assert.True(compared > cases / 3, $"only {compared} tables compared");
    }

    /// <summary>
    /// A fictional classified balance sheet whose noncurrent total is printed below the current one
    /// (<c>x-printedBelow</c>). As in the shipped schema, total assets sums the noncurrent items as well as their total,
    /// so "current total, then a noncurrent line" and "noncurrent total, then the current total as a line" foot alike.
    /// </summary>
    private const string ClassifiedBalanceSchema = """
    {
      "title": "ClassifiedBalance", "type": "object",
      "x-statement": { "namespace": "Classified", "periodType": "instant", "kind": "balanceSheet", "titles": ["Balance Sheets"] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024" },
      "properties": {
        "Cash": { "x-concept": "us-gaap:CashAndCashEquivalentsAtCarryingValue", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Cash", "synonyms": [] } },
        "Receivables": { "x-concept": "us-gaap:AccountsReceivableNetCurrent", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Receivables", "synonyms": [] } },
        "AssetsCurrent": { "x-concept": "us-gaap:AssetsCurrent", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "AssetsCurrent", "synonyms": [] }, "x-calculation": [ { "item": "Cash", "weight": 1 }, { "item": "Receivables", "weight": 1 } ] },
        "Equipment": { "x-concept": "us-gaap:PropertyPlantAndEquipmentNet", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Equipment", "synonyms": [] } },
        "Goodwill": { "x-concept": "us-gaap:Goodwill", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Goodwill", "synonyms": [] } },
        "AssetsNoncurrent": { "x-concept": "us-gaap:AssetsNoncurrent", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "AssetsNoncurrent", "synonyms": [] },
                              "x-printedBelow": { "item": "AssetsCurrent" }, "x-calculation": [ { "item": "Equipment", "weight": 1 }, { "item": "Goodwill", "weight": 1 } ] },
        "Assets": { "x-concept": "us-gaap:Assets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Assets", "synonyms": [] }, "x-calculation": [ { "item": "AssetsCurrent", "weight": 1 }, { "item": "AssetsNoncurrent", "weight": 1 }, { "item": "Equipment", "weight": 1 }, { "item": "Goodwill", "weight": 1 } ] }
      }
    }
    """;

    private static readonly StatementDefinition ClassifiedBalance = new ConceptCatalog([SchemaCatalog.Load(ClassifiedBalanceSchema)]).Statements.Single();

    [Theory]
    [InlineData(6, 200, 10_000)]
    [InlineData(7, 200, 5)]
    public void The_solver_keeps_the_printed_order_as_trying_every_reading_does(int seed, int cases, int largestAmount)
    {
        var random = new Random(seed);
        int compared = 0;
        for (int i = 0; i < cases; i++)
        {
            if (SolvesAsBruteForce(Generate(random, ClassifiedBalance, 8, largestAmount)) is not null) compared++;
        }
        Assert.True(compared > cases / 3, $"only {compared} tables compared");
    }

    [Fact]
    public void Of_two_sections_that_foot_alike_the_first_printed_is_the_current_one()
    {
        // 100 + 50 = 150; 150 + 320 = 470: the 150 total is the current one and 320 a noncurrent line, or 150 the
        // noncurrent total and 320 the current total printed as a line (which the calculations prefer: its items have
        // more parents).
        var rows = new[] { 100m, 50m, 150m, 320m, 470m }.Select((v, i) => new SolverRow(i, [new SolverCell(v, false, false)], null, false)).ToList();
        var input = new SolverInput(ClassifiedBalance, PeriodType.Instant, rows, (_, _, _) => null);
        var result = new AssignmentSolver(input).Solve();
        Assert.Equal("AssetsCurrent", result.Rows.Single(a => a.RowIndex == 2).Concept?.PropertyName);
        Assert.DoesNotContain(result.Rows, a => a.Concept?.PropertyName == "AssetsNoncurrent" && a.RowIndex < 3);
        Assert.Equal("Assets", result.Rows.Single(a => a.RowIndex == 4).Concept?.PropertyName);
        Assert.NotNull(SolvesAsBruteForce(input));
    }

    /// <summary>Asserts the solver reads the table as trying every reading does; the reading, or null when the best readings are too many to compare.</summary>
    private static string? SolvesAsBruteForce(SolverInput input)
    {
        var bruteForce = new BruteForceAssignments(input);
        if (bruteForce.Solve(MaxReadings) is not { } reference) return null;
        string expected = Describe(reference);
        string actual = Describe(new AssignmentSolver(input).Solve());
        Assert.True(expected == actual, $"table {Print(input)}\nexpected:\n{expected}\nactual:\n{actual}\ncheapest readings:\n{bruteForce.Explanation}");
        return expected;
    }

    private static SolverInput Generate(Random random, StatementDefinition statement, int maxRows, int largestAmount)
    {
        int columns = random.Next(1, 4);
        int count = random.Next(2, maxRows + 1);
        bool fractional = random.Next(8) == 0;
        var values = new List<decimal[]>();
        var rows = new List<SolverRow>();
        var monetary = statement.Concepts.Where(c => c.DataType == ConceptDataType.Monetary && c.PeriodType == statement.PeriodType).ToList();
        for (int r = 0; r < count; r++)
        {
            var row = new decimal[columns];
            // A total of the rows just above (some subtracted), or a fresh amount.
            int take = values.Count == 0 || random.Next(2) == 0 ? 0 : random.Next(1, Math.Min(values.Count, 4) + 1);
            var signs = Enumerable.Range(0, take).Select(_ => random.Next(4) == 0 ? -1 : 1).ToArray();
            for (int col = 0; col < columns; col++)
            {
                decimal value = 0m;
                for (int k = 0; k < take; k++) value += values[values.Count - 1 - k][col] * signs[k];
                if (take == 0) value = random.Next(1, largestAmount) * (random.Next(10) == 0 ? -1 : 1);
                if (fractional && random.Next(3) == 0) value += 0.5m;
                row[col] = value;
            }
            values.Add(row);
            var cells = row.Select(v => random.Next(12) == 0 ? new SolverCell(null, true, false) : new SolverCell(v, false, random.Next(12) == 0)).ToArray();
            // An item may label two rows (a statement printing a line twice): the later one stands for it below.
            var label = random.Next(7) == 0 ? monetary[random.Next(monetary.Count)] : null;
            rows.Add(new SolverRow(r + 1, cells, label, label is null && random.Next(8) == 0));
        }
        // Prose confirming an item's value in one column, or contradicting it.
        var told = new Dictionary<(QName, int), decimal>();
        for (int k = random.Next(3); k > 0; k--)
        {
            var concept = monetary[random.Next(monetary.Count)];
            int col = random.Next(columns);
            decimal v = values[random.Next(count)][col];
            told[(concept.Concept, col)] = random.Next(5) == 0 ? v + 1 : v;
        }
        return new SolverInput(statement, statement.PeriodType, rows,
            (concept, column, value) => told.TryGetValue((concept, column), out var stated) ? stated == value : null);
    }

    private static string Describe(SolverResult result)
    {
        var text = new StringBuilder();
        foreach (var row in result.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"row {row.RowIndex} {row.Kind} {row.Concept?.PropertyName} {row.ExtensionTotal?.PropertyName} {row.ByCalculation} {row.ByNarrative}\n");
        }
        foreach (var (key, value) in result.Recovered.OrderBy(p => p.Key)) text.Append(CultureInfo.InvariantCulture, $"recovered {key} {value}\n");
        foreach (var key in result.Confirmed.Order()) text.Append(CultureInfo.InvariantCulture, $"confirmed {key}\n");
        return text.ToString();
    }

    private static string Print(SolverInput input) =>
        input.Statement.Name + " " + string.Join(" / ", input.Rows.Select(r =>
            (r.NamedByUnknownPhrase ? "named " : "") + (r.Fixed is { } f ? f.PropertyName + " " : "") + string.Join(" ", r.Cells.Select(c => c.Lost ? "lost" : c.Value?.ToString(CultureInfo.InvariantCulture)))));
}
