using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A generic or repeated label ("Other", a line printed under revenues and again under costs) belongs to the first
/// total printed below it: when the line item its label names is not part of that total, the total's own item whose
/// labels carry the row's words is taken, or else a company extension counted toward that total.
/// </summary>
internal sealed class UnderPrintedTotals : IRowConceptRewrite
{
    /// <summary>Moves each generic or repeated row under the total printed below it, or names it an extension counted toward that total.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var (rows, concepts, repeated) = (context.Rows, context.Concepts, context.Repeated);
        var structure = CalculationStructure.For(statement);
        var index = structure.FirstIndexOf;
        // From the bottom up: a generic row read as a total ("Other income" among the revenue lines) is placed before the
        // rows above it ask which total is printed below them.
        for (int r = concepts.Length - 1; r >= 0; r--)
        {
            if (concepts[r] is not { Definition: { } definition } concept || context.Settled.Contains(r)) continue;
            var row = rows[r];
            string normalized = LabelNormalizer.Normalize(row.Label!);
            var words = LabelMatcher.Strip(normalized).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A generic label ("Other", "Other liabilities") means the item of the section it is printed in; so does a
            // gain or loss on the income statement, which statements print among operating expenses or below operating
            // income (the schema places it in one of the two, and its sign depends on the section).
            bool placedBySection = context.Table.Table.Kind == StatementKind.IncomeStatement && SignedItems.ReportsGainAsPositive(definition.Concept.LocalName);
            int below = Footing.TotalBelow(concepts, r);
            // A row naming the very total printed below it as "Total …", with other figures, is a part of it ("Other income
            // (expense), net" over "Total other income (expense), net"): read as one item, the two would conflict and neither
            // be reported. A total not labelled so may be what is left after deductions ("Net loss" over "Net loss
            // attributable to common stockholders"), which other passes read.
            bool partOfItsTotal = below >= 0 && concepts[below]!.Concept == definition.Concept && rows[below].Label is { } totalLabel
                && LabelNormalizer.Normalize(totalLabel).StartsWith("total ", StringComparison.Ordinal) && !SameFigures(context, r, below);
            if (!(repeated.Contains(normalized) || words.Length == 1 || (words.Length == 2 && words[0] == "other") || placedBySection || partOfItsTotal)) continue;
            if (below < 0 || !index.TryGetValue(concepts[below]!.Concept, out int total) || !index.TryGetValue(definition.Concept, out int item)) continue;
            if (Footing.UnlabelledFiguresBetween(rows, r, below)) continue;
            // A one-word label is generic only under a total it is printed as a part of: "Revenues" over "Cost of sales"
            // and "Selling and administrative" (an item whose concept has parts, printed as a line) is the revenue line.
            bool generic = repeated.Contains(normalized) || words.Length != 1 || placedBySection || partOfItsTotal;
            if (!generic && !RunAboveFoots(context, r, below)) continue;
            // A wording the schema pairs with the total's own item (x-counterpartOf) was moved before (SectionCounterparts).
            if (structure.IsDescendant[total, item]) continue;
            // The only row over a "total" it does not add up to is no part of it: the line below is an item of its own
            // ("Revenue" over "Operating costs" in a statement that prints no cost lines), not the row's section total.
            if (AloneOver(context, r, below) && !Footing.WherePrinted(context.Value, context.Columns, below, [new Footing.Part(r)])) continue;
            // A caption between the row and the total ("Costs and expenses:") opens the total's section below the row.
            if (words[0] != "total" && Footing.CaptionsBetween(rows, r, below).Any()) continue;
            bool HoldsWords(string label)
            {
                foreach (string w in words)
                {
                    if (!LabelWords.Holds(label, w)) return false;
                }
                return true;
            }
            var candidates = structure.Descendants[total].Select(d => structure.Concepts[d.Concept])
                .Where(c => c.DataType == definition.DataType && LabelMatcher.AllLabels(c).Any(HoldsWords))
                .DistinctBy(c => c.Concept).ToList();
            if (words[0] == "other")
            {
                // A residual row ("Other assets") is a residual item of the total, one whose label begins with "other" too, not
                // an item whose long label happens to hold its words ("..., and purchases of intangible and other assets");
                // failing one, it is the total's own residual ("Other investing activities" under net cash from investing).
                candidates = candidates.Where(c => LabelMatcher.AllLabels(c).Any(l => l.StartsWith("other ", StringComparison.Ordinal) && HoldsWords(l))).ToList();
                if (candidates.Count == 0) candidates = ResidualItems(structure, total, definition.DataType);
                // An item whose label adds a word neither the row nor the total's section says is another residual ("Other
                // property income" is not the "Other income" of an insurer's revenues); one adding only such words is preferred.
                var section = SectionWords(structure, total);
                var plain = candidates.Where(c => LabelMatcher.AllLabels(c).Any(l => l.StartsWith("other ", StringComparison.Ordinal) && HoldsWords(l)
                    && l.Split(' ').All(w => words.Contains(w, StringComparer.Ordinal) || section.Contains(w)))).ToList();
                if (plain.Count > 0) candidates = plain;
            }
            else if (!generic)
            {
                // A one-word line moved only because the run above the total foots ("Occupancy" among a restaurant's costs)
                // is not an item whose label merely lists its word among others ("Cost of sales, buying and occupancy"): of
                // the total's items, only one adding no word but the section's names it; otherwise it is an extension.
                var section = SectionWords(structure, total);
                candidates = candidates.Where(c => LabelMatcher.AllLabels(c).Any(l => HoldsWords(l)
                    && l.Split(' ').All(w => words.Contains(w, StringComparer.Ordinal) || section.Contains(w)))).ToList();
            }
            if (candidates.Count > 1)
            {
                // The item whose shortest such label adds least to the row's words ("Other investing activities").
                var lengths = candidates.Select(c => LabelMatcher.AllLabels(c).Where(HoldsWords).Min(l => l.Length)).ToList();
                int min = lengths.Min();
                if (lengths.Count(l => l == min) == 1) candidates = [candidates[lengths.IndexOf(min)]];
            }
            if (candidates.Count > 1)
            {
                // The item one of whose labels begins with the row's words ("Other liabilities, current").
                string phrase = string.Join(' ', words) + " ";
                var leading = candidates.Where(c => LabelMatcher.AllLabels(c).Any(l => (l + " ").StartsWith(phrase, StringComparison.Ordinal))).ToList();
                if (leading.Count == 1) candidates = leading;
            }
            if (candidates.Count == 1)
            {
                var d = candidates[0];
                concepts[r] = RowConcept.Of(d, DecisionMethod.Synonym,
                    $"'{row.Label}' read as part of the total printed below it ({concepts[below]!.Concept})");
                continue;
            }
            string? caption = context.Caption(r);
            string label = ExtensionNamer.Label(caption is not null ? caption.Trim().TrimEnd(':') + " " + row.Label : row.Label!);
            string why = partOfItsTotal ? $"the total printed below it, {concept.Concept}, with other figures: a part of it" : $"{concept.Concept}, which is not part of the total printed below it ({concepts[below]!.Concept})";
            context.Report(Findings.Extension, Severity.Info,
                $"Row '{row.Label}' names {why}; reported as extension concept {context.Table.Namer.Concept(label)}.",
                row.LabelOffset, row.Label!.Length);
            concepts[r] = new RowConcept(context.Table.Namer.Concept(label), label, definition.DataType, definition.PeriodType, DecisionMethod.Extension, null)
            {
                ComponentOf = concepts[below]!.Concept,
            };
        }
    }

    /// <summary>Whether the two rows print the same figure in every column where both print one: one fact printed twice.</summary>
    private static bool SameFigures(RowRewriteContext context, int row, int other)
    {
        for (int c = 0; c < context.Columns; c++)
        {
            if (context.Value(row, c) is { } a && context.Value(other, c) is { } b && a != b) return false;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="row"/> is the only row with figures over <paramref name="total"/>: none between them, and
    /// above it the table's start, a caption or another total printed as one (an item whose concept has parts, printed as a
    /// line of its own, closes no section).
    /// </summary>
    private static bool AloneOver(RowRewriteContext context, int row, int total)
    {
        var rows = context.Rows;
        for (int r = row + 1; r < total; r++)
        {
            if (rows[r].Values.Count > 0) return false;
        }
        return row == 0 || rows[row - 1].Values.Count == 0 || PrintedAsTotal(context, row - 1);
    }

    /// <summary>A row whose line item has parts, labelled "Total …" or adding up the rows printed right above it.</summary>
    private static bool PrintedAsTotal(RowRewriteContext context, int row)
    {
        if (context.Concepts[row]?.Definition is not { Calculation.Count: > 0 }) return false;
        if (context.Rows[row].Label is { } label && LabelNormalizer.Normalize(label).StartsWith("total ", StringComparison.Ordinal)) return true;
        return row > 0 && RunAboveFoots(context, row - 1, row);
    }

    /// <summary>
    /// Whether the rows printed right above <paramref name="total"/>, from <paramref name="last"/> or a row above it on to
    /// the total, add up to it where printed (a caption ends the run).
    /// </summary>
    private static bool RunAboveFoots(RowRewriteContext context, int last, int total)
    {
        var parts = new List<Footing.Part>();
        for (int b = last + 1; b < total; b++)
        {
            if (context.Rows[b].Values.Count > 0) parts.Add(new Footing.Part(b));
        }
        for (int first = last; first >= 0 && context.Rows[first].Values.Count > 0; first--)
        {
            parts.Insert(0, new Footing.Part(first));
            if (Footing.WherePrinted(context.Value, context.Columns, total, parts)) return true;
        }
        return false;
    }

    /// <summary>
    /// The items under <paramref name="total"/> that hold what the total's section does not itemise: a label "Other …" whose
    /// other words all appear in the total's own labels ("Other investing activities" under "Net cash used in investing activities").
    /// </summary>
    internal static List<ConceptDefinition> ResidualItems(CalculationStructure structure, int total, ConceptDataType type)
    {
        var totalWords = SectionWords(structure, total);
        return structure.Descendants[total].Select(d => structure.Concepts[d.Concept])
            .Where(c => c.DataType == type && LabelMatcher.AllLabels(c).Any(l => l.StartsWith("other ", StringComparison.Ordinal)
                && l.Split(' ').Skip(1).All(totalWords.Contains)))
            .DistinctBy(c => c.Concept).ToList();
    }

    /// <summary>The words of the total's own labels: what its section says of every line in it ("current", "revenues").</summary>
    private static HashSet<string> SectionWords(CalculationStructure structure, int total) =>
        LabelMatcher.AllLabels(structure.Concepts[total]).SelectMany(l => l.Split(' ')).ToHashSet(StringComparer.Ordinal);
}
