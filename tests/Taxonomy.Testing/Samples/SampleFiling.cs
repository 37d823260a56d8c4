using System.Text;

namespace Taxonomy.Testing.Samples;

/// <summary>
/// Renders the plain text of an 8-K with an earnings press release of a fictional company (a text conversion
/// of HTML tables: tab-separated cells, <c>$</c> in its own cell, negatives in parentheses) from known numbers,
/// together with the facts it states. Variants (<see cref="SampleFilingOptions"/>) damage it the ways real
/// filings are damaged; the expected facts always come from the numbers, never from an extractor.
/// </summary>
public static class SampleFiling
{
    /// <summary>The line inserted by <see cref="SampleFilingOptions.NoiseLineAtRow"/>: a page footer.</summary>
    public const string NoiseLine = "Page 3 of 5";

    /// <summary>The variants every extraction test runs over; each must yield exactly its expected facts.</summary>
    public static IReadOnlyDictionary<string, SampleFilingOptions> Variants { get; } = new SortedDictionary<string, SampleFilingOptions>(StringComparer.Ordinal)
    {
        ["default"] = new(),
        ["labels-missing"] = new() { OperationsLabels = false },
        ["noise-line"] = new() { NoiseLineAtRow = 6 },
        ["millions"] = new() { Scale = SampleScale.Millions },
        ["missing-balance-header"] = new() { BalanceSheetHeader = false },
        ["damaged-separators"] = new()
        {
            DamagedCells =
            [
                new DamagedCell("Revenues", 0, ' '),
                new DamagedCell("ResearchAndDevelopmentExpense", 1, '.'),
                new DamagedCell("Assets", 1, ' '),
                new DamagedCell("StockholdersEquity", 0, '.'),
            ],
        },
    };

    /// <summary>A variant whose total operating expenses do not foot: validation must report an error.</summary>
    public static SampleFilingOptions BrokenTotal { get; } = new() { BrokenTotal = "OperatingExpenses" };

    /// <summary>The clean sample.</summary>
    public static SampleDocument Default => Render("default", new SampleFilingOptions());

    /// <summary>A named variant from <see cref="Variants"/>.</summary>
    public static SampleDocument Variant(string name) => Render(name, Variants[name]);

    /// <summary>Renders the sample with the default company and numbers.</summary>
    public static SampleDocument Render(string name, SampleFilingOptions options) =>
        Render(name, options, SampleCompany.Default, SampleNumbers.Default);

    /// <summary>Renders a sample filing and computes the facts it states.</summary>
    public static SampleDocument Render(string name, SampleFilingOptions options, SampleCompany company, SampleNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        var facts = new List<ExpectedFact>();
        var unusedDamage = new HashSet<DamagedCell>(options.DamagedCells);

        SampleProse.AppendCover(text, company);
        SampleProse.AppendRelease(text, company, numbers);

        var quarter = new[]
        {
            SampleCells.IsoDate(company.QuarterStart) + "/" + SampleCells.IsoDate(company.QuarterEnd),
            SampleCells.IsoDate(company.QuarterStart.AddYears(-1)) + "/" + SampleCells.IsoDate(company.QuarterEnd.AddYears(-1)),
        };
        var instants = new[] { SampleCells.IsoDate(company.QuarterEnd), SampleCells.IsoDate(company.FiscalYearEnd) };

        text.Append('\n').Append(company.Name.ToUpperInvariant()).Append('\n');
        text.Append("CONDENSED CONSOLIDATED BALANCE SHEETS\n");
        text.Append(ScaleNote(options.Scale, perShare: false)).Append('\n');
        text.Append("\t\t").Append(SampleCells.LongDate(company.QuarterEnd));
        if (options.BalanceSheetHeader) text.Append("\t\t").Append(SampleCells.LongDate(company.FiscalYearEnd));
        text.Append('\n');
        AppendRows(text, facts, SampleStatements.BalanceSheet(numbers), instants, "balance", labels: true, noiseAt: null, options, unusedDamage);

        text.Append('\n').Append(company.Name.ToUpperInvariant()).Append('\n');
        text.Append("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n");
        text.Append(ScaleNote(options.Scale, perShare: true)).Append('\n');
        text.Append("(unaudited)\n");
        text.Append("\t\tThree Months Ended ").Append(MonthDay(company.QuarterEnd)).Append(",\n");
        text.Append("\t\t").Append(company.QuarterEnd.Year).Append("\t\t").Append(company.QuarterEnd.Year - 1).Append('\n');
        AppendRows(text, facts, SampleStatements.Operations(numbers), quarter, "income", options.OperationsLabels, options.NoiseLineAtRow, options, unusedDamage);

        text.Append('\n').Append("# # #\n");

        for (int column = 0; column < 2; column++)
        {
            facts.Add(new ExpectedFact("NetCashProvidedByUsedInOperatingActivities", "Cash used in operations", quarter[column],
                -SampleCells.MillionsValue(numbers.CashUsedInOperations[column]), -5, "USD", "narrative"));
            facts.Add(new ExpectedFact("PaymentsToAcquirePropertyPlantAndEquipment", "Capital expenditures", quarter[column],
                SampleCells.MillionsValue(numbers.CapitalExpenditures[column]), -5, "USD", "narrative"));
        }

        if (unusedDamage.Count > 0)
        {
            throw new ArgumentException("Damaged cells with no thousands separator to damage: " + string.Join(", ", unusedDamage), nameof(options));
        }
        return new SampleDocument(name, text.ToString(), facts, options);
    }

    private static void AppendRows(
        StringBuilder text, List<ExpectedFact> facts, IReadOnlyList<SampleRow> rows, string[] periods, string statement,
        bool labels, int? noiseAt, SampleFilingOptions options, HashSet<DamagedCell> unusedDamage)
    {
        int printed = 0;
        foreach (var row in rows)
        {
            if (row.IsHeading && !labels) continue;
            if (noiseAt == printed) text.Append(NoiseLine).Append('\n');
            printed++;
            if (row.IsHeading)
            {
                text.Append(row.Label).Append('\n');
                continue;
            }
            text.Append(labels ? row.Label : string.Empty);
            for (int column = 0; column < 2; column++)
            {
                decimal display = SampleCells.Display(row.Values[column], row.Kind, options.Scale);
                if (options.BrokenTotal == row.Concept) display += display < 0 ? -100m : 100m;
                string cell = SampleCells.Text(display, row.Kind);
                var damage = options.DamagedCells.FirstOrDefault(d => d.Concept == row.Concept && d.Column == column);
                if (damage is not null && cell.Contains(','))
                {
                    cell = cell.Replace(',', damage.Separator);
                    unusedDamage.Remove(damage);
                }
                text.Append('\t').Append(row.Dollar ? "$" : string.Empty).Append('\t').Append(cell);
                facts.Add(new ExpectedFact(
                    row.Concept, row.Label, periods[column],
                    SampleCells.BaseValue(display, row.Kind, options.Scale),
                    row.Kind == SampleRowKind.PerShare ? 2 : SampleCells.Decimals(options.Scale),
                    row.Unit, statement));
            }
            text.Append('\n');
        }
        if (noiseAt is { } at && at >= printed) throw new ArgumentException($"Noise row {at} is past the {printed} printed rows.", nameof(options));
    }

    private static string ScaleNote(SampleScale scale, bool perShare) =>
        "(in " + (scale == SampleScale.Millions ? "millions" : "thousands") + (perShare ? ", except per share amounts)" : ")");

    private static string MonthDay(DateOnly date) => date.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture);
}
