using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// How a table prints the signs of items its totals subtract. Statements print them either as the item's own value
/// ("Cost of sales 600" under a gross profit that subtracts it) or as their effect on the total ("Cost of sales (600)",
/// "Purchases of investments (1,200)" in a cash-flow statement). XBRL reports the item's own value, so in the second
/// convention an item whose calculation weight is −1 is reported with the printed sign reversed. The convention is
/// decided per table from the calculations that foot: a total equal to the plain sum of its printed items is printed
/// by effect; equal to their weighted sum, by value.
/// </summary>
internal sealed class SignConvention
{
    private readonly int[] _sign;

    private readonly HashSet<int> _undecided;

    private SignConvention(int[] sign, bool byEffect, HashSet<int> undecided, HashSet<int>? subtractedExtensions = null)
    {
        _sign = sign;
        ByEffect = byEffect;
        _undecided = undecided;
        SubtractedExtensions = subtractedExtensions ?? [];
    }

    /// <summary>
    /// Extension rows (line items the taxonomy lacks) printed by their effect: subtracted by the total they count toward,
    /// and reported with their own sign (see <see cref="ExtensionEffect"/>).
    /// </summary>
    public IReadOnlySet<int> SubtractedExtensions { get; }

    /// <summary>
    /// True when the row is subtracted by its total, printed in parentheses in every column, and no calculation of the
    /// table foots to say whether that is its effect or its own negative value.
    /// </summary>
    public bool IsUndecided(int row) => _undecided.Contains(row);

    /// <summary>True when the table prints subtracted items by their effect on the total.</summary>
    public bool ByEffect { get; }

    /// <summary>+1, or −1 when the row's printed numbers are the negation of the values it reports.</summary>
    public int SignOf(int row) => row < _sign.Length ? _sign[row] : 1;

    /// <summary>Decides the convention from the relations of a table (total row, terms with their weights) and its printed cells.</summary>
    /// <remarks>
    /// Rows in <paramref name="signedByLabel"/> print a size whose sign their label states ("Income tax benefit 5,500"):
    /// <paramref name="printed"/> already gives them that sign, so only a calculation that foots turns them.
    /// </remarks>
    public static SignConvention Decide(StatementDefinition? statement, RowConcept?[] concepts, IReadOnlyList<(int Total, List<(int Row, int Weight)> Terms)> relations,
        int columns, Func<int, int, decimal?> printed, IReadOnlySet<int>? signedByLabel = null)
    {
        var sign = Enumerable.Repeat(1, concepts.Length).ToArray();
        var undecided = new HashSet<int>();
        int byEffect = 0, byValue = 0;
        var decided = new Dictionary<int, bool>();
        // Each total's calculation read by effect (true) or by value (false), when its columns decide it.
        var totals = new Dictionary<int, bool>();
        foreach (var (total, terms) in relations)
        {
            if (!terms.Any(t => t.Weight < 0)) continue;
            int effect = 0, value = 0;
            bool incomplete = false;
            for (int c = 0; c < columns; c++)
            {
                if (printed(total, c) is not { } t) continue;
                decimal plain = 0m, weighted = 0m;
                bool complete = true;
                foreach (var (row, weight) in terms)
                {
                    if (printed(row, c) is not { } v) { complete = false; break; }
                    plain += v;
                    weighted += v * weight;
                }
                if (!complete) continue;
                decimal tolerance = 0.5m * (terms.Count + 1);
                bool plainFoots = Math.Abs(plain - t) <= tolerance, weightedFoots = Math.Abs(weighted - t) <= tolerance;
                if (plainFoots && !weightedFoots) effect++;
                else if (weightedFoots && !plainFoots) value++;
                else if (!plainFoots && !weightedFoots) incomplete = true;
            }
            // A column that foots neither way shows terms missing from the relation (rows left unread): a column that
            // foots one way is then a coincidence, not evidence of the convention.
            if (incomplete)
            {
                DecideMixed(terms, total, columns, printed, decided);
                continue;
            }
            if (effect > 0 && value == 0)
            {
                totals[total] = true;
                byEffect++;
                foreach (var (row, weight) in terms.Where(t => t.Weight < 0)) decided[row] = true;
            }
            else if (value > 0 && effect == 0)
            {
                totals[total] = false;
                byValue++;
                foreach (var (row, weight) in terms.Where(t => t.Weight < 0)) decided.TryAdd(row, false);
            }
        }
        bool tableByEffect = byEffect > 0 && byValue == 0;
        if (statement is null) return new SignConvention(sign, tableByEffect, undecided);
        var structure = CalculationStructure.For(statement);
        var index = structure.FirstIndexOf;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Definition: { DataType: ConceptDataType.Monetary } definition }) continue;
            if (decided.TryGetValue(r, out bool effect))
            {
                if (effect) sign[r] = -1;
                continue;
            }
            if (signedByLabel?.Contains(r) == true) continue;
            // A subtracted item no footing calculation covers follows the table's convention; a subtracted item that
            // cannot be negative (treasury stock) printed in parentheses is printed by its effect whatever the table does,
            // also when another total adds it (interest expense is subtracted from pre-tax income and added into an
            // insurer's total losses and expenses).
            if (index.TryGetValue(definition.Concept, out int i) && structure.Parents[i].Length > 0
                && structure.Parents[i].Any(p => structure.Children[p].Any(ch => ch.Child == i && ch.Weight < 0)))
            {
                bool alwaysSubtracted = structure.Parents[i].All(p => structure.Children[p].Any(ch => ch.Child == i && ch.Weight < 0));
                var cells = Enumerable.Range(0, columns).Select(c => printed(r, c)).Where(v => v is not null).Select(v => v!.Value).ToList();
                bool negativeOnly = cells.Count > 0 && cells.All(v => v <= 0) && cells.Any(v => v < 0);
                if (definition.NonNegative && negativeOnly) sign[r] = -1;
                else if (!alwaysSubtracted) continue;
                else if (tableByEffect) sign[r] = -1;
                // Subtracted in parentheses where nothing foots and the table decides nothing: by effect or a negative value?
                else if (negativeOnly && byValue == 0) undecided.Add(r);
            }
        }
        var subtracted = ExtensionEffect.Subtracted(statement.Kind, concepts, relations, columns, printed, total => totals.TryGetValue(total, out bool e) ? e : tableByEffect);
        foreach (int r in subtracted) sign[r] = -1;
        return new SignConvention(sign, tableByEffect, undecided, subtracted);
    }
    private const int MaxMixedTerms = 4;

    /// <summary>
    /// A total over a chain of printed subtotals may subtract some items by their value and others by their effect ("Tax
    /// 300" under pre-tax income, "Less: noncontrolling interests (12)" under net income): when exactly one such mix of
    /// its subtracted terms foots in every column that prints them all, each term is decided by it.
    /// </summary>
    private static void DecideMixed(List<(int Row, int Weight)> terms, int total, int columns, Func<int, int, decimal?> printed, Dictionary<int, bool> decided)
    {
        var subtracted = terms.Where(t => t.Weight < 0).Select(t => t.Row).ToList();
        if (subtracted.Count < 2 || subtracted.Count > MaxMixedTerms) return;
        int all = (1 << subtracted.Count) - 1, found = -1;
        for (int mask = 1; mask < all; mask++)
        {
            if (!FootsMixed(terms, subtracted, mask, total, columns, printed)) continue;
            if (found >= 0) return;
            found = mask;
        }
        if (found < 0) return;
        for (int i = 0; i < subtracted.Count; i++)
        {
            if ((found >> i & 1) == 1) decided[subtracted[i]] = true;
            else decided.TryAdd(subtracted[i], false);
        }
    }

    /// <summary>Whether the terms foot in every column that prints them all (at least one), the subtracted terms in <paramref name="mask"/> printed by effect.</summary>
    private static bool FootsMixed(List<(int Row, int Weight)> terms, List<int> subtracted, int mask, int total, int columns, Func<int, int, decimal?> printed)
    {
        int checkedColumns = 0;
        for (int c = 0; c < columns; c++)
        {
            if (printed(total, c) is not { } t) continue;
            decimal sum = 0m;
            bool complete = true;
            foreach (var (row, weight) in terms)
            {
                if (printed(row, c) is not { } v) { complete = false; break; }
                bool byEffect = weight < 0 && (mask >> subtracted.IndexOf(row) & 1) == 1;
                sum += byEffect ? v : v * weight;
            }
            if (!complete) continue;
            if (Math.Abs(sum - t) > 0.5m * (terms.Count + 1)) return false;
            checkedColumns++;
        }
        return checkedColumns > 0;
    }
}
