using System.Globalization;
using System.Text;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// The solver's speed work must not change a single decision: on generated tables (rows that foot into totals, stray
/// rows, lost and suspect cells, fractional values, labelled rows, prose confirmations) it gives exactly what the
/// reference solver gives, down to the notes and the number of search steps.
/// </summary>
public class AssignmentSolverEquivalenceTests
{
    [Theory]
    [InlineData(1, 400)]
    [InlineData(2, 400)]
    public void The_solver_decides_every_generated_table_as_the_reference_solver_does(int seed, int cases)
    {
        var random = new Random(seed);
        int decided = 0;
        foreach (var statement in Fictional.Catalog.Statements)
        {
            for (int i = 0; i < cases; i++)
            {
                var input = Generate(random, statement);
                string expected = Describe(new ReferenceAssignmentSolver(input).Solve());
                string actual = Describe(new AssignmentSolver(input).Solve());
                Assert.Equal(expected, actual);
                if (expected.Contains(" Concept ", StringComparison.Ordinal)) decided++;
            }
        }
        // The generated tables are not all noise: many get line items from their calculations.
        Assert.True(decided > cases / 4, $"only {decided} generated tables had a row assigned");
    }

    private static SolverInput Generate(Random random, StatementDefinition statement)
    {
        int columns = random.Next(1, 4);
        int count = random.Next(2, 10);
        bool fractional = random.Next(8) == 0;
        var values = new List<decimal?[]>();
        var rows = new List<SolverRow>();
        var monetary = statement.Concepts.Where(c => c.DataType == ConceptDataType.Monetary && c.PeriodType == statement.PeriodType).ToList();
        for (int r = 0; r < count; r++)
        {
            var row = new decimal?[columns];
            // A total of the rows just above (some subtracted), or a fresh amount.
            int take = values.Count == 0 || random.Next(2) == 0 ? 0 : random.Next(1, Math.Min(values.Count, 4) + 1);
            var signs = Enumerable.Range(0, take).Select(_ => random.Next(4) == 0 ? -1 : 1).ToArray();
            for (int col = 0; col < columns; col++)
            {
                decimal value = 0m;
                for (int k = 0; k < take; k++) value += (values[values.Count - 1 - k][col] ?? 0m) * signs[k];
                if (take == 0) value = random.Next(1, 10_000) * (random.Next(10) == 0 ? -1 : 1);
                if (fractional && random.Next(3) == 0) value += 0.5m;
                row[col] = random.Next(16) == 0 ? null : value;
            }
            values.Add(row);
            var cells = row.Select(v => v is null ? new SolverCell(null, true, false) : new SolverCell(v, false, random.Next(12) == 0)).ToArray();
            var fixedConcept = random.Next(7) == 0 ? monetary[random.Next(monetary.Count)] : null;
            rows.Add(new SolverRow(r + 1, cells, fixedConcept, fixedConcept is null && random.Next(8) == 0));
        }
        // Prose confirming a concept's value in one column, or contradicting it.
        var told = new Dictionary<(QName, int), decimal>();
        for (int k = random.Next(3); k > 0; k--)
        {
            var concept = monetary[random.Next(monetary.Count)];
            int col = random.Next(columns);
            if (values[random.Next(count)][col] is { } v) told[(concept.Concept, col)] = random.Next(5) == 0 ? v + 1 : v;
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
        foreach (var note in result.Notes) text.Append(note).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"exhausted {result.Exhausted} steps {result.Steps}\n");
        return text.ToString();
    }
}
