using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>Turns printed cells into base-unit values with decimals, applying the table's scale by data type.</summary>
internal static class CellValues
{
    /// <summary>The reading of a suspect number the table's context prefers: in a table of whole numbers, a point before three digits is a thousands separator.</summary>
    public static decimal Preferred(NumberReading number, bool integerTable) =>
        number.Quality == NumberQuality.AmbiguousPoint && integerTable && number.SeparatorReading is { } s ? s : number.Value;

    /// <summary>Printed digits after the point in the preferred reading.</summary>
    public static int FractionDigits(NumberReading number, bool integerTable) =>
        number.Quality == NumberQuality.AmbiguousPoint && integerTable ? 0 : number.FractionDigits;

    public static int Power(TableScale scale, ConceptDataType type) => type switch
    {
        ConceptDataType.Monetary => scale.MonetaryPower,
        ConceptDataType.Shares => scale.SharesPower,
        ConceptDataType.PerShare => scale.PerSharePower,
        _ => 0,
    };

    public static (decimal Value, Decimals Decimals) Scale(decimal printed, int fractionDigits, int power) =>
        (printed * Powers.Of10(power), Decimals.Of(fractionDigits - power));

    /// <summary>True when the table's clean numbers (outside per-share rows) are whole numbers.</summary>
    public static bool IsIntegerTable(StatementTable table)
    {
        int whole = 0, fractional = 0;
        foreach (var row in table.Rows)
        {
            if (row.Label is { } l && l.Contains("per share", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var slot in row.Values)
            {
                if (slot.Number is not { IsSuspect: false } n) continue;
                if (n.FractionDigits == 0) whole++; else fractional++;
            }
        }
        return whole > 0 && fractional * 4 < whole;
    }
}
