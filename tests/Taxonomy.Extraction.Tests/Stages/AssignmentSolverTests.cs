using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

public class AssignmentSolverTests
{
    private static SolverRow Row(int index, params decimal?[] values) =>
        new(index, values.Select(v => v is null ? new SolverCell(null, true, false) : new SolverCell(v, false, false)).ToArray(), null, false);

    private static SolverResult Solve(StatementDefinition statement, IReadOnlyList<SolverRow> rows, Func<QName, int, decimal, bool?>? narrative = null) =>
        new AssignmentSolver(new SolverInput(statement, PeriodType.Duration, rows, narrative ?? ((_, _, _) => null))).Solve();

    private static string? ConceptOf(SolverResult result, int row) =>
        result.Rows.Single(a => a.RowIndex == row) is { Kind: AssignmentKind.Concept } a ? a.Concept!.PropertyName : null;

    [Fact]
    public void Label_less_rows_are_solved_from_the_calculations_and_a_noise_row_is_dropped()
    {
        // Revenue, two expenses and their total, a stray line, then revenue less expenses chained to net income.
        var rows = new[]
        {
            Row(2, 5_000, 4_500),
            Row(3, 2_500, 2_300), Row(4, 1_800, 1_600), Row(5, 4_300, 3_900),
            Row(6, 8_812, 7_177),
            Row(7, 700, 600), Row(8, 50, -20), Row(9, 750, 580), Row(10, 150, 116), Row(11, 600, 464),
        };
        // The prose names revenue and research and development; the rest follows from the calculations.
        var result = Solve(Fictional.Income, rows, (concept, column, value) =>
            concept.LocalName switch
            {
                "Revenues" => value == (column == 0 ? 5_000 : 4_500),
                "ResearchAndDevelopmentExpense" => value == (column == 0 ? 2_500 : 2_300),
                _ => null,
            });
        Assert.Empty(result.Notes);
        Assert.Equal("Revenues", ConceptOf(result, 2));
        Assert.Equal("ResearchAndDevelopmentExpense", ConceptOf(result, 3));
        Assert.Equal("GeneralAndAdministrativeExpense", ConceptOf(result, 4));
        Assert.Equal("OperatingExpenses", ConceptOf(result, 5));
        Assert.Equal(AssignmentKind.Noise, result.Rows.Single(a => a.RowIndex == 6).Kind);
        Assert.Equal("OperatingIncomeLoss", ConceptOf(result, 7));
        Assert.Equal("NonoperatingIncomeExpense", ConceptOf(result, 8));
        Assert.Equal("PretaxIncome", ConceptOf(result, 9));
        Assert.Equal("IncomeTaxExpenseBenefit", ConceptOf(result, 10));
        Assert.Equal("NetIncomeLoss", ConceptOf(result, 11));
    }

    [Fact]
    public void A_lost_cell_that_is_the_only_unknown_of_a_calculation_is_solved()
    {
        var rows = new[] { Row(0, null, 2_800), Row(1, 1_900, 1_700), Row(2, 5_000, 4_500) };
        var result = Solve(Fictional.Income, rows, (concept, column, value) => concept.LocalName == "Revenues" ? value == (column == 0 ? 5_000 : 4_500) : null);
        Assert.Equal(3_100m, result.Recovered[(0, 0)]);
    }

    [Fact]
    public void Two_components_that_fit_either_way_are_reported_as_ambiguous()
    {
        // Product and service revenue are interchangeable by structure alone: nothing tells which row is which.
        var rows = new[] { Row(0, 3_100, 2_800), Row(1, 1_900, 1_700), Row(2, 5_000, 4_500) };
        var result = Solve(Fictional.Income, rows, (concept, column, value) => concept.LocalName == "Revenues" ? value == (column == 0 ? 5_000 : 4_500) : null);
        Assert.Equal(AssignmentKind.Ambiguous, result.Rows.Single(a => a.RowIndex == 0).Kind);
        Assert.Equal(AssignmentKind.Ambiguous, result.Rows.Single(a => a.RowIndex == 1).Kind);
        Assert.Equal("Revenues", ConceptOf(result, 2));
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void Rows_that_fit_no_calculation_are_not_assigned()
    {
        var rows = new[] { Row(0, 10, 20), Row(1, 35, 7) };
        var result = Solve(Fictional.Income, rows);
        Assert.DoesNotContain(result.Rows, a => a.Kind is AssignmentKind.Concept or AssignmentKind.Extension);
    }
}
