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
    private const int MaxSolutions = 4; // the solver keeps this many equally good readings

    [Theory]
    [InlineData(1, 300)]
    [InlineData(2, 300)]
    public void The_solver_decides_small_tables_as_trying_every_reading_does(int seed, int cases)
    {
        var random = new Random(seed);
        int compared = 0, decided = 0;
        foreach (var statement in Fictional.Catalog.Statements)
        {
            for (int i = 0; i < cases; i++)
            {
                var input = Generate(random, statement);
                var bruteForce = new BruteForceAssignments(input);
                if (bruteForce.Solve(MaxSolutions) is not { } reference) continue;
                string expected = Describe(reference);
                string actual = Describe(new AssignmentSolver(input).Solve());
                Assert.True(expected == actual, $"table {Print(input)}\nexpected:\n{expected}\nactual:\n{actual}\ncheapest readings:\n{bruteForce.Explanation}");
                compared++;
                if (expected.Contains(" Concept ", StringComparison.Ordinal)) decided++;
            }
        }
        // Most tables are compared, and many get line items from their calculations.
        Assert.True(compared > cases, $"only {compared} tables compared");
        Assert.True(decided > cases / 4, $"only {decided} compared tables had a row assigned");
    }

    private static SolverInput Generate(Random random, StatementDefinition statement)
    {
        int columns = random.Next(1, 4);
        int count = random.Next(2, 7);
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
                if (take == 0) value = random.Next(1, 10_000) * (random.Next(10) == 0 ? -1 : 1);
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
