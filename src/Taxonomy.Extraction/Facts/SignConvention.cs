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

    private SignConvention(int[] sign, bool byEffect, HashSet<int> undecided, HashSet<int>? subtractedExtensions = null, HashSet<int>? chargedIncome = null)
    {
        _sign = sign;
        ByEffect = byEffect;
        _undecided = undecided;
        SubtractedExtensions = subtractedExtensions ?? [];
        ChargedIncome = chargedIncome ?? [];
    }

    /// <summary>
    /// Income rows printed in parentheses among charges against their total ("Interest expense 800 / Interest income
    /// (100)"), reported with their own, positive sign because only so does the total foot (see <see cref="DecideChargedIncome"/>).
    /// </summary>
    public IReadOnlySet<int> ChargedIncome { get; }

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
        var chargedIncome = new HashSet<int>();
        // Each total's calculation read by effect (true) or by value (false), when its columns decide it.
        var totals = new Dictionary<int, bool>();
        foreach (var (total, terms) in relations)
        {
            if (!terms.Any(t => t.Weight < 0)) continue;
            int effect = 0, value = 0;
            bool incomplete = false;
            bool[] allByEffect = terms.Select(t => t.Weight < 0).ToArray(), noneByEffect = new bool[terms.Count];
            for (int c = 0; c < columns; c++)
            {
                if (printed(total, c) is not { } t || Sum(terms, c, allByEffect, printed) is not { } plain || Sum(terms, c, noneByEffect, printed) is not { } weighted) continue;
                bool plainFoots = Foots(plain, t, terms.Count), weightedFoots = Foots(weighted, t, terms.Count);
                if (plainFoots && !weightedFoots) effect++;
                else if (weightedFoots && !plainFoots) value++;
                else if (!plainFoots && !weightedFoots) incomplete = true;
            }
            // A column that foots neither way shows terms missing from the relation (rows left unread): a column that
            // foots one way is then a coincidence, not evidence of the convention.
            if (incomplete)
            {
                DecideMixed(terms, total, columns, printed, decided);
                if (DecideChargedIncome(concepts, terms, total, columns, printed) is int charged && !decided.ContainsKey(charged))
                {
                    decided[charged] = true;
                    chargedIncome.Add(charged);
                }
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
        if (statement is null) return new SignConvention(sign, tableByEffect, undecided, chargedIncome: chargedIncome);
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
        return new SignConvention(sign, tableByEffect, undecided, subtracted, chargedIncome);
    }

    /// <summary>
    /// Items printed as charges against a total ("Operating income 5,700 / Interest expense 800 / Interest income (100) /
    /// Income before income taxes 5,000"): the charges are printed positive and the one income item among them in
    /// parentheses. The row of that item, when the total foots in every column with it read as income and in none as
    /// printed; else null. Only a leaf item whose label names income alone qualifies: a label of both directions ("Other
    /// income (expense)") or a subtotal may well be negative.
    /// </summary>
    private static int? DecideChargedIncome(RowConcept?[] concepts, List<(int Row, int Weight)> terms, int total, int columns, Func<int, int, decimal?> printed)
    {
        int candidate = -1;
        for (int i = 0; i < terms.Count; i++)
        {
            var (row, weight) = terms[i];
            if (weight < 0 || concepts[row] is not { Definition: { Balance: BalanceType.Credit, Calculation.Count: 0 } } concept
                || !ExtensionEffect.NamesIncomeOnly(concept.Label) || !ExtensionEffect.InParentheses(row, columns, printed)) continue;
            if (candidate >= 0) return null;
            candidate = i;
        }
        if (candidate < 0) return null;
        var asPrinted = new bool[terms.Count];
        int footing = 0;
        for (int c = 0; c < columns; c++)
        {
            if (printed(total, c) is not { } t || Sum(terms, c, asPrinted, printed) is not { } sum) continue;
            // Read as income, the item adds its size where it subtracted it as printed.
            decimal asIncome = sum - 2 * printed(terms[candidate].Row, c)!.Value;
            if (Foots(sum, t, terms.Count) || !Foots(asIncome, t, terms.Count)) return null;
            footing++;
        }
        return footing > 0 ? terms[candidate].Row : null;
    }
    private const int MaxMixedTerms = 4;

    /// <summary>
    /// A total over a chain of printed subtotals may subtract some items by their value and others by their effect ("Tax
    /// 300" under pre-tax income, "Less: noncontrolling interests (12)" under net income): when exactly one such mix of
    /// its subtracted terms foots in every column that prints them all, each term is decided by it.
    /// </summary>
    private static void DecideMixed(List<(int Row, int Weight)> terms, int total, int columns, Func<int, int, decimal?> printed, Dictionary<int, bool> decided)
    {
        var subtracted = Enumerable.Range(0, terms.Count).Where(i => terms[i].Weight < 0).ToList();
        if (subtracted.Count < 2 || subtracted.Count > MaxMixedTerms) return;
        int all = (1 << subtracted.Count) - 1;
        bool[]? found = null;
        for (int mask = 1; mask < all; mask++)
        {
            var byEffect = new bool[terms.Count];
            for (int i = 0; i < subtracted.Count; i++) byEffect[subtracted[i]] = (mask >> i & 1) == 1;
            if (!FootsInEveryColumn(terms, byEffect, total, columns, printed)) continue;
            if (found is not null) return;
            found = byEffect;
        }
        if (found is null) return;
        foreach (int i in subtracted)
        {
            if (found[i]) decided[terms[i].Row] = true;
            else decided.TryAdd(terms[i].Row, false);
        }
    }

    /// <summary>Whether the terms foot in every column that prints them all (at least one), the terms marked <paramref name="byEffect"/> added as printed.</summary>
    private static bool FootsInEveryColumn(List<(int Row, int Weight)> terms, bool[] byEffect, int total, int columns, Func<int, int, decimal?> printed)
    {
        int checkedColumns = 0;
        for (int c = 0; c < columns; c++)
        {
            if (printed(total, c) is not { } t || Sum(terms, c, byEffect, printed) is not { } sum) continue;
            if (!Foots(sum, t, terms.Count)) return false;
            checkedColumns++;
        }
        return checkedColumns > 0;
    }

    /// <summary>
    /// The terms' sum in one column, each weighted except those marked <paramref name="byEffect"/> (printed by their
    /// effect on the total, so added as printed); null when a term prints no value there.
    /// </summary>
    private static decimal? Sum(List<(int Row, int Weight)> terms, int column, bool[] byEffect, Func<int, int, decimal?> printed)
    {
        decimal sum = 0m;
        for (int i = 0; i < terms.Count; i++)
        {
            var (row, weight) = terms[i];
            if (printed(row, column) is not { } v) return null;
            sum += byEffect[i] ? v : v * weight;
        }
        return sum;
    }

    /// <summary>A sum foots to its total within half a unit of rounding per figure.</summary>
    private static bool Foots(decimal sum, decimal total, int terms) => Math.Abs(sum - total) <= 0.5m * (terms + 1);
}
