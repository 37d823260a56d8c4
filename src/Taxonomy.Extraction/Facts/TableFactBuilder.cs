using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Builds the facts of one statement table: rows to concepts (labels, then the assignment solver for label-less rows),
/// cells to values (scale, suspect cells confirmed, lost cells recovered only when two sources agree), provenance.
/// </summary>
internal sealed class TableFactBuilder
{
    private TableContext _context;
    private readonly LabelMatcher _labels;
    private readonly List<Fact> _facts = [];
    private readonly List<ValidationFinding> _findings = [];
    private readonly bool _integerTable;
    private Dictionary<(int Row, int Column), decimal> _secondPrinting;

    public TableFactBuilder(TableContext context, LabelMatcher labels)
    {
        _context = context;
        _labels = labels;
        _integerTable = CellValues.IsIntegerTable(context.Table);
        _secondPrinting = SecondPrinting.Align(context.Table);
    }

    public (List<Fact> Facts, List<ValidationFinding> Findings) Build()
    {
        var table = _context.Table;
        foreach (var noise in table.NoiseLines)
        {
            _findings.Add(Findings.Make(Findings.NoiseRow, Severity.Info, $"Dropped line {noise.Number} ('{noise.Text.Trim()}'): a lone number in a table of {table.ColumnCount} columns.", Span(noise.Offset, noise.Text.Length)));
        }
        if (table.SkippedBecause is { } reason)
        {
            _findings.Add(table.SkippedLayout
                ? Findings.Make(Findings.SkippedTable, Severity.Warning, $"{table.Title.Text.Trim()}: {reason}; their numbers are not reported.", Span(table.Title.Offset, table.Title.Text.Length))
                : Findings.Make(Findings.SkippedTable, Severity.Info,
                $"{table.Title.Text.Trim()}: the table reports {reason}, not the filer's consolidated statement; its numbers are not reported.",
                Span(table.Title.Offset, table.Title.Text.Length)));
            return (_facts, _findings);
        }
        if (table.ColumnGroups is { } groups)
        {
            string kept = groups.Kept is [var k] && table.ColumnCount == 1 ? $"only the '{groups.Names[k]}' column is reported"
                : groups.Kept.Count > 1 && table.ColumnCount == groups.Kept.Count ? $"only the '{groups.Names[groups.Kept[0]]}' column of each period is reported"
                : "no column is reported (no consolidated column lines up with the values)";
            _findings.Add(Findings.Make(Findings.SkippedColumns, Severity.Info,
                $"{table.Title.Text.Trim()}: columns {string.Join(", ", groups.Skipped.Select(n => "'" + n + "'"))} are segment, consolidating or non-GAAP data, not the filer's consolidated figures; {kept}.",
                Span(table.Title.Offset, table.Title.Text.Length)));
        }
        int percents = table.Rows.Sum(r => r.SkippedPercents);
        if (percents > 0)
        {
            _findings.Add(Findings.Make(Findings.SkippedColumns, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"{table.Title.Text.Trim()}: {percents} percentage cells (change or ratio columns) are not amounts; not reported."), Span(table.Title.Offset, table.Title.Text.Length)));
        }
        int decimalCommas = table.Rows.Where(r => r.HasLabel).Sum(r => DecimalCommas.Count(r.Line.Text.AsSpan(Math.Min(r.Line.Text.Length, Math.Max(0, r.LabelOffset - r.Line.Offset) + r.Label!.Length))));
        if (decimalCommas > 0)
        {
            _findings.Add(Findings.Make(Findings.UncertainValue, Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"{table.Title.Text.Trim()}: {decimalCommas} figures are printed with a decimal comma ('0,45', '1.234,5'), a number format that is not read; not reported."), Span(table.Title.Offset, table.Title.Text.Length)));
        }
        // A label printed twice in one table (the same line under revenues and under costs) is told apart by its caption.
        var repeated = table.Rows.Where(r => r.HasLabel && r.Values.Count > 0).GroupBy(r => LabelNormalizer.Normalize(r.Label!))
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var concepts = new RowConcept?[table.Rows.Count];
        var extensions = new Dictionary<int, ValidationFinding>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.HasLabel || row.Values.Count == 0) continue;
            concepts[r] = LabelledConcept(row, Caption(r), CaptionKind(r), repeated.Contains(LabelNormalizer.Normalize(row.Label!)), out var extension);
            if (extension is not null) extensions[r] = extension;
        }
        var labelled = (RowConcept?[])concepts.Clone();
        RowConceptRewrites.Apply(new RowRewriteContext(_context, _labels, concepts, PrintedValue, repeated, Caption, _findings));
        // A row the rewrites read as another item (the parent's share printed under the registrant's name) is no extension.
        foreach (var (r, finding) in extensions)
        {
            if (concepts[r]?.Concept != labelled[r]!.Concept) _findings.Remove(finding);
        }
        var solved = SolveUnlabelled(concepts);
        // A labelled line item the taxonomy lacks counts toward the first total printed below it, or, when a caption
        // between them names that total ("Line of credit" above "Stockholders' equity:" … "Total stockholders' equity"),
        // toward the first total below that contains it: the caption opened the total's section after the row.
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { IsExtension: true, ComponentOf: null } extension || !table.Rows[r].HasLabel) continue;
            int below = Footing.TotalBelow(concepts, r);
            if (below >= 0 && Footing.CaptionsBetween(table.Rows, r, below).Any(caption =>
                    _labels.Match(caption.Trim().TrimEnd(':'), table.Kind) is (LabelMatcher.Outcome.Matched, { } named, _) && named.Concept == concepts[below]!.Concept)
                && ContainingTotal(concepts, below) is var outer and >= 0)
            {
                below = outer;
            }
            if (below >= 0) concepts[r] = extension with { ComponentOf = concepts[below]!.Definition!.Concept };
        }
        if (table.Rows.Any(r => r.Unplaced)) table = PlaceShortRows(concepts);
        _losses = LossLabels.Find(table.Rows, concepts, PrintedValue, table.ColumnCount, table.Kind);
        _calculations = new TableCalculations(_context.Statement, concepts, table.ColumnCount, PrintedValue);
        _signs = SignConvention.Decide(_context.Statement, concepts, _calculations.Relations, table.ColumnCount, PrintedValue, _losses);
        foreach (int r in _signs.SubtractedExtensions) _calculations.Subtract(r);
        if (_signs.ByEffect)
        {
            _findings.Add(Findings.Make(Findings.SignConvention, Severity.Info,
                $"{table.Title.Text.Trim()}: items its totals subtract are printed by their effect on the total (in parentheses); they are reported with their own sign.",
                Span(table.Title.Offset, table.Title.Text.Length)));
        }
        foreach (int r in _signs.ChargedIncome)
        {
            var row = table.Rows[r];
            _findings.Add(Findings.Make(Findings.SignConvention, Severity.Info,
                $"Row '{row.Label ?? row.Line.Text.Trim()}' ({concepts[r]!.Concept}) is printed in parentheses among charges against its total, which foots only with it read as income; reported with its own, positive sign.",
                Span(row.Line.Offset, row.Line.Text.Length), concepts[r]!.Concept));
        }
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (concepts[r] is not { } concept) continue;
            if (_signs.IsUndecided(r))
            {
                var row = table.Rows[r];
                _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning,
                    $"Row '{row.Label ?? row.Line.Text.Trim()}' ({concept.Concept}) is subtracted by its total and printed in parentheses, but no calculation of the table foots to tell an outflow from a negative amount; not reported.",
                    Span(row.Line.Offset, row.Line.Text.Length), concept.Concept));
                continue;
            }
            RowFacts(r, concept, solved);
        }
        if (_context.Statement?.PeriodType == PeriodType.Instant) LabelFacts(concepts);
        return (_facts, _findings);
    }

    private TableCalculations? _calculations;
    private SignConvention? _signs;

    /// <summary>The table with the figures of its unplaced rows under the columns where the calculations foot, or taken out (see <see cref="ShortRowPlacement"/>).</summary>
    private StatementTable PlaceShortRows(RowConcept?[] concepts)
    {
        var table = _context.Table;
        var rows = table.Rows.Select(r => r.Unplaced ? r with { Unplaced = false, Values = [] } : r).ToList();
        foreach (var outcome in ShortRowPlacement.Place(table, _context.Statement, concepts, PrintedValue, n => CellValues.Preferred(n, _integerTable)))
        {
            var row = table.Rows[outcome.Row];
            if (outcome.Values is { } values) rows[outcome.Row] = rows[outcome.Row] with { Values = values };
            // Figures printed but left unread are a warning; a placement the calculations decide is an info.
            _findings.Add(Findings.Make(outcome.Values is null ? Findings.SkippedRow : Findings.RowReading, outcome.Values is null ? Severity.Warning : Severity.Info, outcome.Note, Span(row.Line.Offset, row.Line.Text.Length), concepts[outcome.Row]!.Concept));
        }
        _context = _context with { Table = table with { Rows = rows } };
        _secondPrinting = SecondPrinting.Align(_context.Table);
        return _context.Table;
    }

    /// <summary>
    /// A cell's value in its preferred reading (null when lost or absent): as printed until the table's sign convention
    /// is decided, then with the sign the row reports.
    /// </summary>
    private decimal? PrintedValue(int row, int column)
    {
        if (_context.Table.Rows[row] is { Unplaced: true }) return null;
        var values = _context.Table.Rows[row].Values;
        if (column >= values.Count) return null;
        var slot = values[column];
        if (slot.Lost) return null;
        return slot.Number is { } n ? CellValues.Preferred(n, _integerTable) * Sign(row) : 0m;
    }

    private int Sign(int row) => (_losses.Contains(row) ? -1 : 1) * (_signs?.SignOf(row) ?? 1);

    private HashSet<int> _losses = [];

    /// <summary>The first total printed below <paramref name="total"/> whose calculation contains it, or -1.</summary>
    private int ContainingTotal(RowConcept?[] concepts, int total)
    {
        if (_context.Statement is not { } statement) return -1;
        var structure = CalculationStructure.For(statement);
        int inner = structure.FirstIndexOf.GetValueOrDefault(concepts[total]!.Concept, -1);
        for (int below = Footing.TotalBelow(concepts, total); inner >= 0 && below >= 0; below = Footing.TotalBelow(concepts, below))
        {
            if (structure.FirstIndexOf.GetValueOrDefault(concepts[below]!.Concept, -1) is var outer and >= 0 && structure.IsDescendant[outer, inner]) return below;
        }
        return -1;
    }

    /// <summary>The caption the row is printed under: the nearest labelled line above it with no values.</summary>
    private string? Caption(int r) => CaptionRow(r) is int c and >= 0 ? _context.Table.Rows[c].Label : null;

    private int CaptionRow(int r)
    {
        var rows = _context.Table.Rows;
        for (int above = r - 1; above >= 0; above--)
        {
            // A ratio row whose percentages were taken out ("Gross margin 40.4 %") is a printed line, not a caption.
            if (rows[above].Values.Count > 0 || rows[above].SkippedPercents > 0) continue;
            // A parenthesized line is a scale or audit note, not a caption.
            if (rows[above].HasLabel && !rows[above].Label!.TrimStart().StartsWith('(')) return above;
            break;
        }
        return -1;
    }

    /// <summary>
    /// The kind of amount the row's caption names. A one-word caption that names none ("Basic", "Diluted") is a sub-caption:
    /// its kind is that of the caption it is printed under ("Earnings per common share" / "Basic" / rows).
    /// </summary>
    private ConceptDataType? CaptionKind(int r)
    {
        for (int c = CaptionRow(r); c >= 0; c = CaptionRow(c))
        {
            string caption = _context.Table.Rows[c].Label!;
            if (AmountKind.Named(caption, _context.Table.Kind) is { } named)
            {
                // A per-share caption reaches only rows printed in cents: a whole-dollar row after the per-share block
                // ("Operating revenues  $2,721") is money printed further down, not an amount per share.
                return named != ConceptDataType.PerShare || _context.Table.Rows[r].Values.All(v => v.Number is not { } n || CellValues.FractionDigits(n, _integerTable) > 0) ? named : null;
            }
            if (LabelMatcher.Strip(LabelNormalizer.Normalize(caption)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1) return null;
        }
        return null;
    }

    /// <summary>The line item a row's label names, or an extension concept (<paramref name="extension"/> is then the finding that says so).</summary>
    private RowConcept? LabelledConcept(TableRow row, string? caption, ConceptDataType? captionKind, bool repeated, out ValidationFinding? extension)
    {
        extension = null;
        var kind = _context.Table.Kind;
        var (outcome, concept, note) = _labels.Match(row.Label!, caption, kind, captionKind);
        switch (outcome)
        {
            // "Gross margin %" under "Gross margin": the line item's name with a ratio's mark prints the ratio, not the amount.
            case LabelMatcher.Outcome.Matched when concept is { DataType: ConceptDataType.Monetary } && AmountKind.NamesRatio(row.Label!):
                break;
            case LabelMatcher.Outcome.Matched:
                return concept;
            case LabelMatcher.Outcome.Ambiguous:
                _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning, $"Row '{row.Label}' is ambiguous: {note}; no facts reported for it.", Span(row.LabelOffset, row.Label!.Length)));
                return null;
        }
        // A ratio row ("Combined ratio 94.1") matches no line item, and an extension would report its numbers as money.
        if (AmountKind.NamesRatio(row.Label!))
        {
            _findings.Add(Findings.Make(Findings.SkippedRow, Severity.Info, $"Row '{row.Label}' names a ratio or percentage, not an amount; not reported.", Span(row.LabelOffset, row.Label!.Length)));
            return null;
        }
        // Under a per-share caption an unmatched row is a per-share amount; a caption naming share counts is not read so
        // (a wrapped "shares outstanding: 1998, …" line above an equity row is no caption of counts).
        var type = AmountKind.Named(row.Label!, kind) ?? (captionKind == ConceptDataType.PerShare ? captionKind.Value : ConceptDataType.Monetary);
        var periodType = _context.Statement?.PeriodType ?? (kind == StatementKind.BalanceSheet ? PeriodType.Instant : PeriodType.Duration);
        string label = ExtensionNamer.Label(repeated && caption is not null ? caption.Trim().TrimEnd(':') + " " + row.Label : row.Label!);
        string why = note ?? $"Row '{row.Label}' matches no line item of the taxonomy";
        extension = Findings.Make(Findings.Extension, Severity.Info, $"{why}; reported as extension concept {_context.Namer.Concept(label)}.", Span(row.LabelOffset, row.Label!.Length));
        _findings.Add(extension);
        return new RowConcept(_context.Namer.Concept(label), label, type, periodType, DecisionMethod.Extension, null);
    }

    /// <summary>
    /// The line item the caption heading row <paramref name="r"/>'s section names ("Operating expenses:" above the items
    /// and their label-less total), or null: the nearest row above without values, when its label is a total of the statement.
    /// </summary>
    private ConceptDefinition? SectionCaption(int r)
    {
        var rows = _context.Table.Rows;
        for (int k = r - 1; k >= 0; k--)
        {
            if (rows[k].Values.Count > 0) continue;
            if (!rows[k].HasLabel) return null;
            return _labels.Match(rows[k].Label!.Trim().TrimEnd(':'), _context.Table.Kind) is (LabelMatcher.Outcome.Matched, { Definition: { Calculation.Count: > 0 } total }, _)
                ? total : null;
        }
        return null;
    }

    /// <summary>
    /// A statement of financial position (IFRS's name for the balance sheet) prints noncurrent assets, or equity, before
    /// the current items as often as after them; the solver reads label-less rows in the order the schemas state for a
    /// US classified balance sheet (<see cref="ConceptDefinition.PrintedBelow"/>, and totals in schema order).
    /// </summary>
    private static bool PrintsSectionsEitherWay(StatementTable table) =>
        table.Kind == StatementKind.BalanceSheet && table.Title.Text.Contains("financial position", StringComparison.OrdinalIgnoreCase);

    private SolverResult? SolveUnlabelled(RowConcept?[] concepts)
    {
        var table = _context.Table;
        if (_context.Statement is not { } statement) return null;
        // An unlabelled row already decided (the net amount under a deduction) is not left to the solver.
        var decided = Enumerable.Range(0, table.Rows.Count).Where(r => !table.Rows[r].HasLabel && concepts[r] is not null).ToHashSet();
        var unlabelled = Enumerable.Range(0, table.Rows.Count).Where(r => !table.Rows[r].HasLabel && table.Rows[r].Values.Count > 0 && !decided.Contains(r)).ToList();
        if (unlabelled.Count == 0) return null;
        if (PrintsSectionsEitherWay(table))
        {
            _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning,
                $"{statement.Name} table at line {table.Title.Number}: {unlabelled.Count} row(s) without a label are not read: a statement of financial position may print its noncurrent sections and equity first, and the rows' amounts alone do not tell which order this one uses.",
                Span(table.Title.Offset, table.Title.Text.Length)));
            return null;
        }
        var rows = new List<SolverRow>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Values.Count == 0) continue;
            bool free = !row.HasLabel && !decided.Contains(r);
            if (!free && concepts[r] is not { Definition: { DataType: ConceptDataType.Monetary } }) continue;
            if (free && row.Values.Any(v => v.Number is { } n && CellValues.FractionDigits(n, _integerTable) > 0))
            {
                _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning, $"Line {row.Line.Number} has no label and fractional values; not reported.", Span(row.Line.Offset, row.Line.Text.Length)));
                continue;
            }
            var cells = new SolverCell[table.ColumnCount];
            for (int c = 0; c < cells.Length; c++)
            {
                // An unplaced row's figures are not known to be under their first columns.
                if (c >= row.Values.Count || row.Unplaced) { cells[c] = new SolverCell(null, true, false); continue; }
                var slot = row.Values[c];
                cells[c] = slot.Lost ? new SolverCell(null, true, false)
                    : slot.Number is { } n ? new SolverCell(CellValues.Preferred(n, _integerTable), false, n.IsSuspect)
                    : SolverCell.Nil;
            }
            rows.Add(new SolverRow(r, cells, free ? null : concepts[r]!.Definition, free && ExtensionPhrase(r) is not null, free ? SectionCaption(r) : null));
        }
        var input = new SolverInput(statement, statement.PeriodType, rows, NarrativeCheck);
        var result = new AssignmentSolver(input).Solve();
        foreach (var note in result.Notes)
        {
            _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning, $"{statement.Name} table at line {table.Title.Number}: {note}; those rows are not reported.", Span(table.Title.Offset, table.Title.Text.Length)));
        }
        var noise = new List<int>();
        foreach (var a in result.Rows)
        {
            var row = table.Rows[a.RowIndex];
            if (row.HasLabel || decided.Contains(a.RowIndex)) continue;
            switch (a.Kind)
            {
                case AssignmentKind.Concept:
                    var d = a.Concept!;
                    concepts[a.RowIndex] = RowConcept.Of(d, DecisionMethod.CalculationInferred,
                        a.ByCalculation && a.ByNarrative ? "calculation network and narrative" : a.ByCalculation ? "calculation network" : "narrative");
                    break;
                case AssignmentKind.Extension:
                    string? phrase = ExtensionPhrase(a.RowIndex);
                    string label = phrase is not null ? ExtensionNamer.Label(phrase)
                        : string.Create(CultureInfo.InvariantCulture, $"Other component of {a.ExtensionTotal?.Labels.Standard ?? "total"} line {row.Line.Number}");
                    concepts[a.RowIndex] = new RowConcept(_context.Namer.Concept(label), label, ConceptDataType.Monetary, statement.PeriodType, DecisionMethod.Extension, null,
                        $"component of {a.ExtensionTotal?.Concept.ToString() ?? "a total"}" + (phrase is not null ? "; named from the narrative" : string.Empty))
                    {
                        ComponentOf = a.ExtensionTotal?.Concept,
                    };
                    break;
                case AssignmentKind.Noise:
                    noise.Add(a.RowIndex);
                    break;
            }
        }
        // A row no calculation takes may be the share count of a per-share row beside it (decided once every other row is).
        var shareCounts = new ShareCountRows(_context, _integerTable, concepts);
        foreach (int r in noise)
        {
            var row = table.Rows[r];
            switch (shareCounts.Identify(r))
            {
                case ({ } shares, _):
                    concepts[r] = shares;
                    break;
                case (null, { } ambiguity):
                    _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Warning, $"Line {row.Line.Number} has no label: {ambiguity}; not reported.", Span(row.Line.Offset, row.Line.Text.Length)));
                    break;
                default:
                    _findings.Add(Findings.Make(Findings.NoiseRow, Severity.Warning, $"Dropped line {row.Line.Number} ('{row.Line.Text.Trim()}'): it fits no consistent assignment of the statement's calculations.", Span(row.Line.Offset, row.Line.Text.Length)));
                    break;
            }
        }
        return result;
    }

    /// <summary>Does prose state a value for this concept in this column, and does it agree with the printed value?</summary>
    private bool? NarrativeCheck(QName concept, int column, decimal printed)
    {
        if (_context.Periods[column].Period is not { } period) return null;
        // The solver asks for many cells: the prose amounts are indexed by concept and period once per table.
        _proseByConcept ??= ProseByConcept(_context.Prose);
        if (!_proseByConcept.TryGetValue((concept, period), out var stated)) return null;
        int power = _context.Scale.MonetaryPower;
        var (value, decimals) = CellValues.Scale(printed, 0, power);
        foreach (var amount in stated)
        {
            if (amount.Agrees(value, decimals)) return true;
        }
        return false;
    }

    private Dictionary<(QName, Period), List<ProseAmount>>? _proseByConcept;

    /// <summary>The prose amounts (not per share) that name a concept and have a period, by both, in prose order.</summary>
    private static Dictionary<(QName, Period), List<ProseAmount>> ProseByConcept(IReadOnlyList<ProseAmount> prose)
    {
        var byConcept = new Dictionary<(QName, Period), List<ProseAmount>>();
        foreach (var amount in prose)
        {
            if (amount.PerShare || amount.Concept is not { } named || amount.Period is not { } period) continue;
            if (!byConcept.TryGetValue((named.Concept, period), out var list)) byConcept[(named.Concept, period)] = list = [];
            list.Add(amount);
        }
        return byConcept;
    }

    /// <summary>An unknown prose phrase whose amounts agree with this row in every column they cover (at least one).</summary>
    private string? ExtensionPhrase(int r)
    {
        var row = _context.Table.Rows[r];
        int power = _context.Scale.MonetaryPower;
        string? best = null;
        int bestScore = 0;
        // Grouped once per table: the solver's input asks for every label-less row.
        _unknownPhrases ??= _context.Prose.Where(p => p.UnknownPhrase is not null && !p.PerShare).GroupBy(p => p.UnknownPhrase!, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var group in _unknownPhrases)
        {
            int score = 0;
            bool conflict = false;
            for (int c = 0; c < row.Values.Count && c < _context.Periods.Count; c++)
            {
                if (_context.Periods[c].Period is not { } period || row.Values[c].Number is not { } n) continue;
                var (value, decimals) = CellValues.Scale(CellValues.Preferred(n, _integerTable), 0, power);
                foreach (var amount in group)
                {
                    if (amount.Duration != period) continue;
                    if (amount.Agrees(value, decimals, signed: false)) score++; else conflict = true;
                }
            }
            if (!conflict && score > bestScore) { bestScore = score; best = group.Key; }
        }
        return best;
    }

    private List<IGrouping<string, ProseAmount>>? _unknownPhrases;

    /// <summary>Facts for the amounts a row prints inside its label (allowances, shares authorized and issued).</summary>
    private void LabelFacts(RowConcept?[] concepts)
    {
        var table = _context.Table;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (concepts[r] is null || !row.HasLabel || !row.Label!.Any(char.IsAsciiDigit)) continue;
            var reading = LabelAmounts.Read(row.Label!, table.Kind, _labels, _context.Periods, _context.Scale);
            foreach (string unplaced in reading.Unplaced)
            {
                _findings.Add(Findings.Make(Findings.Ambiguous, Severity.Info, $"Label of '{row.Label}': {unplaced}; not reported.", Span(row.LabelOffset, row.Label!.Length)));
            }
            foreach (var amount in reading.Amounts)
            {
                if (_context.Periods[amount.Column].Period is not { } period) continue;
                // A bare year in a label ("ASSETS  1997  1996", a header printed beside a caption) is not an amount.
                if (HeaderLines.IsYear(amount.Text.Trim())) continue;
                var fact = new Fact
                {
                    Concept = amount.Concept.Concept,
                    Entity = _context.Entity,
                    Period = period,
                    NumericValue = amount.Value,
                    Decimals = amount.Decimals,
                    Unit = Units.For(amount.Concept.DataType),
                    Provenance = new Provenance(Span(row.LabelOffset + amount.Offset, amount.Length), amount.Text,
                        new EquatableList<DecisionMethod>([DecisionMethod.Synonym]), $"printed in the label of '{row.Label}'"),
                };
                _facts.Add(fact);
                if (amount.ImpliedScale) ImpliedScaleCounts.Add(new LabelShareScale.Count(fact, r, amount.Printed));
            }
        }
    }

    /// <summary>Share counts read from labels in a scale the heading only implies; <see cref="LabelShareScale"/> settles them against the document.</summary>
    public List<LabelShareScale.Count> ImpliedScaleCounts { get; } = [];

    /// <summary>Extension concepts solved as components of a catalog total (for validation).</summary>
    public Dictionary<QName, QName> ExtensionParents { get; } = [];

    private void RowFacts(int r, RowConcept concept, SolverResult? solved)
    {
        if (concept.ComponentOf is { } parent) ExtensionParents[concept.Concept] = parent;
        var row = _context.Table.Rows[r];
        for (int c = 0; c < row.Values.Count && c < _context.Periods.Count; c++)
        {
            var slot = row.Values[c];
            var column = _context.Periods[c];
            if (column.Period is not { } period)
            {
                continue;
            }
            if (slot.IsNil) continue;
            var methods = new List<DecisionMethod> { concept.Method };
            if (concept.Method == DecisionMethod.Extension && solved is not null && !row.HasLabel) methods.Add(DecisionMethod.CalculationInferred);
            if (column.Inferred) methods.Add(DecisionMethod.HeaderInferred);
            var notes = new List<string>();
            if (concept.Note is not null) notes.Add(concept.Note);
            if (column.Note is not null) notes.Add(column.Note);
            decimal printed;
            int fraction;
            int offset = slot.Offset, length = slot.Text.Length;
            string text = slot.Text;
            if (slot.Lost)
            {
                if (Recover(r, c, concept, period, solved) is not { } recovered)
                {
                    continue;
                }
                printed = recovered.Value;
                fraction = 0;
                methods.Add(DecisionMethod.ValueRecovered);
                notes.Add(recovered.Note);
                text = recovered.Value.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                var number = slot.Number!;
                printed = CellValues.Preferred(number, _integerTable) * Sign(r);
                fraction = CellValues.FractionDigits(number, _integerTable);
                if (number.IsSuspect)
                {
                    bool byCalculation = solved?.Confirmed.Contains((r, c)) == true || _calculations?.Confirms(r, c) == true;
                    bool bySecond = _secondPrinting.TryGetValue((r, c), out var shown) && shown * Sign(r) == printed;
                    if (!byCalculation && !bySecond)
                    {
                        _findings.Add(Findings.Make(Findings.UncertainValue, Severity.Warning,
                            $"'{number.Text}' ({concept.Label}, {period}) cannot be read with certainty (damaged separator) and nothing in the document confirms a reading; not reported.",
                            Span(number.Offset, number.Length), concept.Concept, period));
                        continue;
                    }
                    notes.Add($"'{number.Text}' read as {printed.ToString(CultureInfo.InvariantCulture)} (damaged separator), confirmed by " +
                        (byCalculation && bySecond ? "the calculation and a second printing" : byCalculation ? "the calculation" : "a second printing"));
                }
            }
            // A per-share row takes its label's scale only when it states hundredths ("(pence)"): "(in millions)" scales the table's other rows.
            int power = row.StatedPower is { } stated && (concept.DataType is ConceptDataType.Monetary or ConceptDataType.Shares || stated == RowScale.Hundredths)
                ? stated : CellValues.Power(_context.Scale, concept.DataType);
            var (value, decimals) = CellValues.Scale(printed, fraction, power);
            if (concept.DataType == ConceptDataType.PerShare) decimals = Decimals.Of(fraction - Math.Min(power, 0));
            var factPeriod = FactPeriod(concept, period);
            _facts.Add(new Fact
            {
                Concept = concept.Concept,
                Entity = _context.Entity,
                Period = factPeriod,
                NumericValue = value,
                Decimals = decimals,
                Unit = Units.For(concept.DataType),
                Provenance = new Provenance(Span(offset, length), text, new EquatableList<DecisionMethod>(methods.Count == 1 ? methods : methods.Distinct()),
                    notes.Count == 0 ? null : string.Join("; ", notes)),
            });
        }
    }

    /// <summary>
    /// An instant line item in a duration column is reported at the column's end, or, for a start-anchored item
    /// (cash at the beginning of the period), at the instant before the column's first day.
    /// </summary>
    internal static Period FactPeriod(RowConcept concept, Period column)
    {
        if (concept.PeriodType != PeriodType.Instant || column.IsInstant) return column;
        return concept.Definition?.PeriodAnchor == PeriodAnchor.Start ? column.StartInstant : column.EndInstant;
    }

    private (decimal Value, string Note)? Recover(int r, int c, RowConcept concept, Period period, SolverResult? solved)
    {
        var row = _context.Table.Rows[r];
        var slot = row.Values[c];
        decimal? calculated = solved is not null && solved.Recovered.TryGetValue((r, c), out var v) ? v * Sign(r) : _calculations?.Solve(r, c);
        decimal? second = _secondPrinting.TryGetValue((r, c), out var s) ? s * Sign(r) : null;
        int power = CellValues.Power(_context.Scale, concept.DataType);
        bool prose = calculated is { } calc && _context.Prose.Any(p => p.Duration == period && !p.PerShare
            && (p.Concept?.Concept == concept.Concept || (concept.IsExtension && p.UnknownPhrase is { } u && ExtensionNamer.Label(u) == concept.Label))
            && p.Agrees(calc * Periods.Powers.Of10(power), Decimals.Of(-power), signed: p.Concept is not null));
        if (calculated is { } value && (second == value || prose))
        {
            string sources = second == value && prose ? "a second printing and the narrative" : second == value ? "a second printing of the column" : "the narrative";
            _findings.Add(Findings.Make(Findings.RecoveredValue, Severity.Info,
                $"The cell for {concept.Label} ({period}) lost its value; recovered {value.ToString(CultureInfo.InvariantCulture)} because the calculation and {sources} agree.",
                Span(slot.Offset, slot.Text.Length), concept.Concept, period, actual: value * Periods.Powers.Of10(power)));
            return (value, $"lost cell recovered: calculation (total minus the other components) and {sources} agree");
        }
        _findings.Add(Findings.Make(Findings.LostValue, Severity.Warning,
            calculated is { } only
                ? $"The cell for {concept.Label} ({period}) lost its value; the calculation gives {only.ToString(CultureInfo.InvariantCulture)} but no second source confirms it; not reported."
                : $"The cell for {concept.Label} ({period}) lost its value and the document does not determine it; not reported.",
            Span(slot.Offset, slot.Text.Length), concept.Concept, period, expected: calculated));
        return null;
    }

    private SourceSpan Span(int offset, int length) => _context.Source.Span(offset, length);
}
