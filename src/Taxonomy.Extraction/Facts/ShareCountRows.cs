using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Identifies a label-less row of whole numbers printed next to a per-share row as that per-share amount's share
/// count: the schema declares each per-share concept's numerator and denominator (<see cref="ConceptDefinition.PerShareOf"/>),
/// and the row is the denominator when numerator ÷ row agrees with the per-share amount, within rounding, in every column.
/// When several denominators fit equally, the per-share row's own concept decides; otherwise the row is ambiguous.
/// </summary>
internal sealed class ShareCountRows
{
    private readonly TableContext _context;
    private readonly bool _integerTable;
    private readonly RowConcept?[] _concepts;

    public ShareCountRows(TableContext context, bool integerTable, RowConcept?[] concepts)
    {
        _context = context;
        _integerTable = integerTable;
        _concepts = concepts;
    }

    /// <summary>The outcome for a label-less row: its denominator concept, or a note saying why it stays unreported (null when no per-share row relates to it).</summary>
    public (RowConcept? Concept, string? Ambiguity)? Identify(int r)
    {
        var table = _context.Table;
        var row = table.Rows[r];
        if (row.HasLabel || row.Values.Count == 0 || _context.Statement is not { } statement) return null;
        if (row.Values.Any(v => v.Number is { } n && CellValues.FractionDigits(n, _integerTable) > 0)) return null;
        var perShareConcepts = statement.Concepts.Where(c => c.DataType == ConceptDataType.PerShare && c.PerShareOf is not null).ToList();
        if (perShareConcepts.Count == 0) return null;
        foreach (int neighbour in Neighbours(r))
        {
            if (!IsPerShareRow(neighbour, out var own)) continue;
            var fits = new List<(ConceptDefinition PerShare, ConceptDefinition Denominator)>();
            foreach (var perShare in perShareConcepts)
            {
                var (numeratorName, denominatorName) = perShare.PerShareOf!.Value;
                if (statement.Concepts.FirstOrDefault(c => c.PropertyName == denominatorName && c.DataType == ConceptDataType.Shares) is not { } denominator) continue;
                if (fits.Any(f => f.Denominator == denominator)) continue;
                if (Fits(neighbour, r, numeratorName)) fits.Add((perShare, denominator));
            }
            if (fits.Count == 0) continue;
            ConceptDefinition? chosen = null;
            if (own?.PerShareOf is { } ownRatio)
            {
                chosen = fits.FirstOrDefault(f => f.Denominator.PropertyName == ownRatio.Denominator).Denominator;
            }
            else if (fits.Count == 1)
            {
                chosen = fits[0].Denominator;
            }
            int perShareLine = table.Rows[neighbour].Line.Number;
            if (chosen is null)
            {
                return (null, fits.Count > 1
                    ? $"it is the share count of the per-share amounts at line {perShareLine}, but fits {string.Join(" or ", fits.Select(f => f.Denominator.Concept.ToString()))} equally"
                    : $"the per-share amounts at line {perShareLine} are {own!.Concept}, whose share count it does not fit");
            }
            string note = $"share count of the per-share amounts at line {perShareLine}{(own is null ? string.Empty : $" ({own.Concept})")}: numerator ÷ shares agrees with them in every column";
            return (RowConcept.Of(chosen, DecisionMethod.CalculationInferred, note), null);
        }
        return null;
    }

    /// <summary>The nearest rows with values above and below.</summary>
    private IEnumerable<int> Neighbours(int r)
    {
        var rows = _context.Table.Rows;
        for (int up = r - 1; up >= 0; up--)
        {
            if (rows[up].Values.Count > 0) { yield return up; break; }
        }
        for (int down = r + 1; down < rows.Count; down++)
        {
            if (rows[down].Values.Count > 0) { yield return down; break; }
        }
    }

    /// <summary>
    /// A per-share row: a row identified as a per-share concept, or a label-less row of fractional amounts. Its own
    /// concept is the identified one, or the one prose states the same per-share amounts for (null when neither).
    /// </summary>
    private bool IsPerShareRow(int r, out ConceptDefinition? own)
    {
        own = null;
        var row = _context.Table.Rows[r];
        if (_concepts[r] is { DataType: ConceptDataType.PerShare } identified)
        {
            own = identified.Definition;
            return true;
        }
        if (row.HasLabel || !row.Values.Any(v => v.Number is { FractionDigits: > 0 })) return false;
        var named = new HashSet<QName>();
        bool conflict = false;
        for (int c = 0; c < row.Values.Count && c < _context.Periods.Count; c++)
        {
            if (_context.Periods[c].Period is not { } period || row.Values[c].Number is not { } n) continue;
            var (value, decimals) = CellValues.Scale(n.Value, n.FractionDigits, _context.Scale.PerSharePower);
            foreach (var amount in _context.Prose)
            {
                if (!amount.PerShare || amount.Concept is null || amount.Duration != period) continue;
                if (amount.Agrees(value, decimals)) named.Add(amount.Concept.Concept); else conflict = true;
            }
        }
        if (named.Count == 1 && !conflict)
        {
            own = _context.Statement!.Concepts.FirstOrDefault(c => c.Concept == named.First() && c.DataType == ConceptDataType.PerShare);
        }
        return true;
    }

    /// <summary>In every column where all three are printed, numerator ÷ shares agrees with the per-share amount within their roundings (at least one such column).</summary>
    private bool Fits(int perShareRow, int sharesRow, string numeratorName)
    {
        var rows = _context.Table.Rows;
        int numeratorRow = Array.FindIndex(_concepts, c => c?.Definition?.PropertyName == numeratorName);
        if (numeratorRow < 0) return false;
        int checkedColumns = 0;
        for (int c = 0; c < _context.Periods.Count; c++)
        {
            if (_context.Periods[c].Period is null) continue;
            if (Cell(rows[perShareRow], c, _context.Scale.PerSharePower, false) is not { } eps
                || Cell(rows[numeratorRow], c, _context.Scale.MonetaryPower, _integerTable) is not { } numerator
                || Cell(rows[sharesRow], c, _context.Scale.SharesPower, _integerTable) is not { } shares) continue;
            var sharesInterval = ValueInterval.Of(shares.Value, shares.Decimals);
            if (sharesInterval.Low <= 0m) return false;
            var numeratorInterval = ValueInterval.Of(numerator.Value, numerator.Decimals);
            decimal[] corners =
            [
                numeratorInterval.Low / sharesInterval.Low, numeratorInterval.Low / sharesInterval.High,
                numeratorInterval.High / sharesInterval.Low, numeratorInterval.High / sharesInterval.High,
            ];
            if (!new ValueInterval(corners.Min(), corners.Max()).Overlaps(ValueInterval.Of(eps.Value, eps.Decimals))) return false;
            checkedColumns++;
        }
        return checkedColumns > 0;
    }

    private static (decimal Value, Decimals Decimals)? Cell(TableRow row, int column, int power, bool integerTable)
    {
        if (column >= row.Values.Count || row.Values[column] is not { Lost: false, Number: { IsSuspect: false } n }) return null;
        return CellValues.Scale(CellValues.Preferred(n, integerTable), CellValues.FractionDigits(n, integerTable), power);
    }
}
