namespace Taxonomy.Testing.Samples;

/// <summary>The scale a sample's tables are printed in.</summary>
public enum SampleScale
{
    /// <summary>"(in thousands, except per share amounts)": decimals −3.</summary>
    Thousands,
    /// <summary>"(in millions, except per share amounts)": decimals −6, every cell rounded on its own as filings do.</summary>
    Millions,
}

/// <summary>A table cell whose thousands separators are printed damaged (<c>12 345</c> or <c>12.345</c>).</summary>
/// <param name="Concept">The expected fact's concept (local name or <c>extension:&lt;label&gt;</c>) of the row.</param>
/// <param name="Column">0 for the current period's column, 1 for the comparative.</param>
/// <param name="Separator">What is printed instead of each comma.</param>
public sealed record DamagedCell(string Concept, int Column, char Separator);

/// <summary>How to render a variant of the sample filing. The default renders the clean filing.</summary>
public sealed record SampleFilingOptions
{
    /// <summary>False: the statement of operations prints its numbers with empty label cells (and no section headings).</summary>
    public bool OperationsLabels { get; init; } = true;

    /// <summary>When set, a noise line (a page footer) is inserted before this 0-based row of the printed statement of operations.</summary>
    public int? NoiseLineAtRow { get; init; }

    /// <summary>The scale the tables are printed in.</summary>
    public SampleScale Scale { get; init; } = SampleScale.Thousands;

    /// <summary>False: the balance sheet's comparative column has no header (only the current date is printed; the narrative still names the comparative date).</summary>
    public bool BalanceSheetHeader { get; init; } = true;

    /// <summary>Cells printed with damaged thousands separators; each must have at least one separator to damage.</summary>
    public IReadOnlyList<DamagedCell> DamagedCells { get; init; } = [];

    /// <summary>When set, the row of this concept (a total) is printed 100 display units away from the sum of its parts.</summary>
    public string? BrokenTotal { get; init; }
}
