using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;
using Taxonomy.Extraction.Validation;
using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Extraction;

/// <summary>
/// Extracts a filing: load → segment → tables → periods and scale → rows to concepts → facts → validate.
/// Never throws for content it cannot understand (that becomes findings); throws <see cref="InputException"/>
/// only for input that is not a readable document.
/// </summary>
public static class FilingExtractor
{
    private static List<IReadOnlyList<ColumnPeriod>> ResolvePeriods(List<(StatementTable Table, StatementDefinition? Statement)> resolved, DocumentCalendar calendar)
    {
        var periods = new List<IReadOnlyList<ColumnPeriod>>();
        for (int i = 0; i < resolved.Count; i++)
        {
            var (table, statement) = resolved[i];
            periods.Add((i > 0 ? ContinuedStatementColumns.Of(table, resolved[i - 1].Table, periods[i - 1]) : null)
                ?? ColumnPeriodResolver.Resolve(table, statement?.PeriodType ?? DefaultPeriodType(table.Kind), calendar));
        }
        return periods;
    }

    /// <summary>
    /// The calendar with the period ends the tables print, when the document counts its periods in weeks: the narrative
    /// said so, or a table prints a duration ending on another day than a month's last. Null for a calendar of months.
    /// </summary>
    private static DocumentCalendar? DatedInWeeks(DocumentCalendar calendar, List<IReadOnlyList<ColumnPeriod>> columnPeriods)
    {
        var periods = columnPeriods.SelectMany(p => p).Select(p => p.Period).OfType<Period>().ToList();
        bool inWeeks = periods.Any(p => !p.IsInstant && !PeriodDating.IsMonthEnd(p.End));
        if (!inWeeks && !calendar.Dating.InWeeks) return null;
        return calendar.WithTableEnds(periods.Select(p => p.End).Distinct(), inWeeks);
    }

    /// <summary>Extracts a filing held in memory.</summary>
    /// <exception cref="InputException">A pattern ran past its match timeout on the text.</exception>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MatchTimeouts.AsInputError(options?.SourceName ?? "input", () => ExtractText(text, options ?? new ExtractionOptions()));
    }

    private static ExtractionResult ExtractText(string text, ExtractionOptions options)
    {
        bool cikGiven = !string.IsNullOrWhiteSpace(options.Cik);
        (text, options, var submission, var unread, var tableStarts) = ReadFormat(text, options);
        string sourceName = options.SourceName ?? "input";
        var catalog = options.Catalog ?? ConceptCatalog.Default;
        var source = new SourceText(text);
        var lines = Segmenter.WithoutPageFurniture(Segmenter.WithTableStarts(Segmenter.Segment(source), tableStarts));
        var header = DocumentHeader.Read(lines);
        var calendar = DocumentCalendar.Build(lines);
        var indexes = CatalogIndexes.For(catalog);
        var listing = IssuerListing.Find(lines);
        if (RegistrantByListing.Choose(submission, listing) is { } named && named != submission!.Primary)
        {
            submission = submission with { Primary = named };
            if (!cikGiven && named.CentralIndexKey is { Length: > 0 } namedCik) options = options with { Cik = namedCik };
        }
        var emptyTitles = new List<(TextLine Title, StatementKind Kind)>();
        var located = OtherEntityTables.Skip(TableLocator.Locate(lines, indexes.Titles, emptyTitles), header.RegistrantName?.Value ?? listing?.Name?.Value);
        var tables = located.Select(t => RowReadings.Apply(t, indexes.Labels, catalog)).ToList();
        var entity = EntityOf(options, header, sourceName);
        var findings = new List<ValidationFinding>();
        foreach (var exhibit in unread)
        {
            findings.Add(Findings.Make(Findings.EncodedExhibit, Severity.Warning,
                $"The {exhibit.Type} document{(exhibit.FileName is { } file ? " (" + file + ")" : "")} is an encoded file (a PDF or another binary format), not text: it is not read."));
        }

        var resolved = tables.Select(t => (Table: t, Statement: StatementFor(catalog, t.Kind))).ToList();
        var columnPeriods = ResolvePeriods(resolved, calendar);
        if (DatedInWeeks(calendar, columnPeriods) is { } weeks)
        {
            // A 52/53-week calendar: the tables' lengths in months are dated again, counted in weeks from the period ends they print.
            calendar = weeks;
            columnPeriods = ResolvePeriods(resolved, calendar);
        }
        var tablePeriods = columnPeriods.SelectMany(p => p).Select(p => p.Period).ToList();
        // Without a period the narrative names, the release reports on the latest period its tables print (the shortest
        // of those ending that day: the quarter rather than the year to date), not on whichever column came first.
        var reportingPeriod = calendar.CurrentDuration ?? tablePeriods.Where(p => p is { IsInstant: false }).Select(p => p!.Value)
            .OrderByDescending(p => p.End).ThenBy(p => p.Days).Cast<Period?>().FirstOrDefault();
        var periodEnd = reportingPeriod?.End ?? tablePeriods.FirstOrDefault(p => p is not null)?.End;
        var namer = ExtensionNamer.For(text, header.RegistrantName?.Value, periodEnd);
        string? registrant = header.RegistrantName?.Value ?? listing?.Name?.Value;
        var owner = new SubjectOwner(registrant);
        var (companySentences, segmentProse) = SegmentSections.Exclude(lines, Sentence.Split(lines), indexes.Phrases, source, owner);
        var proseReader = new ProseReader(indexes.Phrases, calendar, owner);
        var prose = proseReader.Read(companySentences);
        findings.AddRange(segmentProse);
        var labels = indexes.Labels;

        var facts = new List<Fact>();
        var sources = new FactSources();
        TableScale? previousScale = null;
        List<Fact> previousTableFacts = [];
        int scaleTable = 0; // the table that states the scale in effect
        var statedCurrencies = TableCurrency.Stated(lines);
        var captionTexts = resolved.Select(r => string.Join("\n", Captions(r.Table).Select(l => l.Text))).ToList();
        var namedCurrencies = resolved.Select((r, i) => TableCurrency.Named(r.Table, captionTexts[i])).ToList();
        TableCurrency? previousCurrency = null;
        var tableCurrencies = new List<TableCurrency>();
        var impliedScaleCounts = new List<(int Table, List<LabelShareScale.Count> Counts)>();
        var readKinds = new HashSet<StatementKind>();
        var readTables = new List<(RefutedColumnPeriods.TableColumns Columns, IReadOnlyDictionary<QName, QName> ExtensionParents, StatementDefinition? Statement)>();
        for (int i = 0; i < resolved.Count; i++)
        {
            var (table, statement) = resolved[i];
            var periods = columnPeriods[i];
            PeriodFindings(table, periods, source, findings);
            findings.AddRange(RowReadings.Findings(table, source));
            // The scale is stated above the table or in a caption line inside it (a line with no values).
            var stated = TableScale.Find(captionTexts[i]) ?? ScaleBelow(resolved, i)
                ?? (table.ContinuesPrevious && previousScale is not null ? null : ScaleOfContinuation(resolved, captionTexts, i));
            var scale = stated ?? (table.ContinuesPrevious ? previousScale : null);
            // A statement of another kind printed under only headings takes the scale of the one above. Stated above that
            // statement's title, the scale is the page's; stated under it, it may be that statement's own: then a line item
            // both report must not disagree, and without one agreeing a finding says the scale was carried over.
            bool scaleCarried = stated is null && scale is not null && i > 0 && resolved[i - 1].Table.Kind != table.Kind && !StatedAboveTitle(resolved[scaleTable].Table);
            if (stated is not null) scaleTable = i;
            previousScale = scale;
            if (scale is null)
            {
                findings.Add(Findings.Make(Findings.ScaleMissing, Severity.Info, $"The table at line {table.Title.Number} states no scale; numbers are taken as printed.", source.Span(table.Title.Offset, table.Title.Text.Length)));
            }
            var context = new TableContext(table, statement, periods, scale ?? TableScale.Units, entity, namer, prose, source);
            var builder = new TableFactBuilder(context, labels);
            var (tableFacts, tableFindings) = builder.Build();
            var currency = table.ContinuesPrevious && previousCurrency is not null && namedCurrencies[i].Count == 0 ? previousCurrency
                : TableCurrency.Decide(namedCurrencies[i], statedCurrencies, namedCurrencies.Where((_, j) => j != i).SelectMany(n => n));
            previousCurrency = currency;
            currency.Apply(tableFacts, table, source, tableFindings);
            if (scaleCarried) CarriedScale.Check(table, resolved[i - 1].Table, tableFacts, previousTableFacts, source, tableFindings);
            previousTableFacts = tableFacts;
            if (tableFacts.Count > 0) tableCurrencies.Add(currency);
            if (scale is not null) ImpliedShareScale.Settle(tableFacts, statement, scale, builder.ImpliedScaleCounts, tableFindings);
            impliedScaleCounts.Add((i, builder.ImpliedScaleCounts));
            readTables.Add((new RefutedColumnPeriods.TableColumns(table.Title.Text.Trim(), source.Span(table.Title.Offset, table.Title.Text.Length), periods, tableFacts),
                builder.ExtensionParents, statement));
            facts.AddRange(tableFacts);
            findings.AddRange(tableFindings);
            if (tableFacts.Count > 0) readKinds.Add(table.Kind);
        }
        RefutedColumnPeriods.Check(facts, readTables.Select(t => t.Columns).ToList(), findings);
        // Where each fact was printed is recorded once the periods of columns without a header are settled.
        for (int i = 0; i < readTables.Count; i++) sources.AddTable(i, readTables[i].Columns.Facts, readTables[i].ExtensionParents, readTables[i].Statement);
        UnreadStatements(emptyTitles, resolved.Select(r => r.Table), readKinds, source, findings);
        UnreadTableFindings(lines, located, emptyTitles, source, findings);
        LabelShareScale.Settle(facts, impliedScaleCounts, findings);
        RepeatedFacts.Reconcile(facts, source, findings);
        ProseFactMerger.Merge(facts, prose, entity, source, findings, catalog, TableCurrency.OfProse(statedCurrencies, tableCurrencies));
        UnreadProse.Report(proseReader.Skipped, prose, facts, reportingPeriod is not null, calendar.Undated, source, findings);
        facts.AddRange(DocumentFacts.Build(header, calendar, reportingPeriod, entity, catalog, source, tablePeriods.OfType<Period>(), findings, submission, listing));
        if (tables.Count == 0)
        {
            findings.Add(Findings.Make(Findings.NoStatements, Severity.Info, "No financial statement tables were found."));
        }

        var (statements, validation) = StatementBuilder.Build(catalog, facts, sources, findings);
        findings.AddRange(validation);
        var report = new Report(ReportNamespaces.For(facts, catalog, namer, entity), [ReportNamespaces.EntryPoint], facts);
        findings.AddRange(ReportValidator.Validate(report));
        return new ExtractionResult { SourceName = sourceName, Report = report, Statements = statements, Findings = findings };
    }

    /// <summary>Extracts a filing from raw bytes (encoding detected; binary rejected with <see cref="InputException"/>).</summary>
    public static ExtractionResult Extract(ReadOnlySpan<byte> content, ExtractionOptions? options = null)
    {
        string text = TextDecoder.Decode(content, options?.SourceName ?? "input");
        return Extract(text, options);
    }

    /// <summary>Reads and extracts a file.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a text document.</exception>
    public static ExtractionResult ExtractFile(string path, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = options?.SourceName ?? Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(name, "the file cannot be read: " + e.Message, e);
        }
        return Extract(bytes, (options ?? new ExtractionOptions()) with { SourceName = name });
    }

    /// <summary>
    /// HTML exhibits and EDGAR submissions become the plain-text form the pipeline reads (table rows as tab-separated
    /// cells); a submission's header supplies the CIK and the entity and document facts. Plain text passes through untouched, so provenance points into
    /// it exactly; for converted input it points into the converted text.
    /// </summary>
    private static (string Text, ExtractionOptions Options, SubmissionHeader? Submission, IReadOnlyList<SubmissionDocument> Unread, IReadOnlyList<int> TableStarts) ReadFormat(string text, ExtractionOptions options)
    {
        var format = DocumentFormatDetector.Detect(text);
        if (format == DocumentFormat.PlainText) return (text, options, null, [], []);
        var read = FilingReader.Read(text, format);
        if (string.IsNullOrWhiteSpace(options.Cik) && read.Header?.CentralIndexKey is { Length: > 0 } cik)
        {
            options = options with { Cik = cik };
        }
        return (read.Text, options, read.Header, read.Unread, read.TableStarts);
    }

    /// <summary>
    /// The scale a note right below a table states ("Amounts in millions."), unless the note is the caption of the table
    /// printed next (the line just above its title).
    /// </summary>
    private static TableScale? ScaleBelow(IReadOnlyList<(StatementTable Table, StatementDefinition? Statement)> resolved, int index)
    {
        if (resolved[index].Table.NoteBelow is not { } note) return null;
        if (index + 1 < resolved.Count && resolved[index + 1].Table.Preamble.Contains(note)) return null;
        return TableScale.Find(note.Text);
    }

    /// <summary>
    /// The scale the rest of a statement split over pages states (its caption, or a note under its last part: "All amounts
    /// are in thousands"), for a first part that states none; null when the next table is no part of the same statement.
    /// </summary>
    private static TableScale? ScaleOfContinuation(IReadOnlyList<(StatementTable Table, StatementDefinition? Statement)> resolved, List<string> captionTexts, int index)
    {
        for (int k = index + 1; k < resolved.Count && resolved[k].Table.ContinuesPrevious && resolved[k].Table.Kind == resolved[index].Table.Kind; k++)
        {
            if ((TableScale.Find(captionTexts[k]) ?? ScaleBelow(resolved, k)) is { } stated) return stated;
        }
        return null;
    }

    /// <summary>True when the table's scale is stated above its title, for the page rather than for the table alone.</summary>
    private static bool StatedAboveTitle(StatementTable table) =>
        TableScale.Find(string.Join("\n", table.Preamble.Where(l => !ReferenceEquals(l, table.Title)).Select(l => l.Text))) is not null;

    /// <summary>The lines that state a table's scale and currency: its title and the lines above it, its header, or a caption line inside it (a line with no values).</summary>
    private static IEnumerable<TextLine> Captions(StatementTable table) =>
        table.Preamble.Concat(table.HeaderLines).Concat(table.Rows.Where(r => r.Values.Count == 0).Select(r => r.Line));

    private static StatementDefinition? StatementFor(ConceptCatalog catalog, StatementKind kind) =>
        catalog.Statements.FirstOrDefault(s => s.Kind == kind);

    private static PeriodType DefaultPeriodType(StatementKind kind) => kind == StatementKind.BalanceSheet ? PeriodType.Instant : PeriodType.Duration;

    private static Entity EntityOf(ExtractionOptions options, DocumentHeader header, string sourceName)
    {
        if (!string.IsNullOrWhiteSpace(options.Cik)) return Entity.Cik(options.Cik);
        if (header.Cik is { } cik) return Entity.Cik(cik.Value);
        if (header.FileNumber is { } file) return Entity.CommissionFileNumber(file.Value);
        return new Entity("https://taxonomy.dev/entity/source", sourceName, "source");
    }

    /// <summary>
    /// A statement whose title was found but under which no row of figures was read (none at all, or only labels), when no
    /// other table of its kind gave a fact: a statement lost whole says so, instead of leaving the release without it silently.
    /// </summary>
    private static void UnreadStatements(List<(TextLine Title, StatementKind Kind)> emptyTitles, IEnumerable<StatementTable> tables, HashSet<StatementKind> readKinds,
        SourceText source, List<ValidationFinding> findings)
    {
        var unread = emptyTitles.Concat(tables.Where(t => t.SkippedBecause is null && t.Rows.All(r => r.Values.Count == 0)).Select(t => (t.Title, t.Kind)))
            .Where(t => !readKinds.Contains(t.Kind)).DistinctBy(t => t.Title.Index).OrderBy(t => t.Title.Index);
        foreach (var (title, _) in unread)
        {
            findings.Add(Findings.Make(Findings.UnreadStatement, Severity.Warning,
                $"Statement '{title.Text.Trim()}' was found but no rows were read: its figures are not reported.", source.Span(title.Offset, title.Text.Length)));
        }
    }

    /// <summary>Rows of figures outside every statement read: each such table says it is not reported, and why when its title tells.</summary>
    private static void UnreadTableFindings(IReadOnlyList<TextLine> lines, IReadOnlyList<StatementTable> located, List<(TextLine Title, StatementKind Kind)> emptyTitles,
        SourceText source, List<ValidationFinding> findings)
    {
        foreach (var block in UnreadTables.Find(lines, located, emptyTitles.Select(t => t.Title.Index)))
        {
            var at = block.Title ?? lines[block.First];
            string name = block.Title is { } title ? $"'{title.Text.Trim()}'" : $"at line {lines[block.First].Number}";
            string what = block.Title is { } named && TableLocator.NotConsolidatedStatement(named.Text) is { } reason
                ? $"report {reason}, not the filer's consolidated statement" : "are outside the financial statements read (a schedule or supplemental table)";
            findings.Add(Findings.Make(Findings.UnreadTable, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"Table {name}: its {block.Rows} rows of figures (lines {lines[block.First].Number}-{lines[block.Last].Number}) {what}; their numbers are not reported."),
                source.Span(at.Offset, at.Text.Length)));
        }
    }

    private static void PeriodFindings(StatementTable table, IReadOnlyList<ColumnPeriod> periods, SourceText source, List<ValidationFinding> findings)
    {
        var span = source.Span(table.Title.Offset, table.Title.Text.Length);
        foreach (var column in periods)
        {
            if (column.Inferred)
            {
                findings.Add(Findings.Make(Findings.InferredHeader, Severity.Info, $"{table.Title.Text.Trim()}: {column.Note}.", span, period: column.Period));
            }
            else if (column.Period is null)
            {
                findings.Add(Findings.Make(Findings.MissingPeriod, Severity.Warning, $"{table.Title.Text.Trim()}: {column.Note}; the column is not reported.", span));
            }
        }
    }
}
