using Taxonomy.Concepts;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Finds statement tables: a title line naming a statement, then the lines up to the next title or running
/// text. Header lines are collected wherever they are printed (before or after the rows).
/// </summary>
internal static class TableLocator
{
    private const int PreambleLines = 6;

    /// <summary>
    /// The statement tables of <paramref name="lines"/>; each title under which no row was found is added to
    /// <paramref name="emptyTitles"/> (when given), so that a statement lost whole is not lost silently.
    /// </summary>
    public static IReadOnlyList<StatementTable> Locate(IReadOnlyList<TextLine> lines, StatementTitles titles, List<(TextLine Title, StatementKind Kind)>? emptyTitles = null)
    {
        var tables = new List<StatementTable>();
        var untitled = new List<(int Start, StatementKind Kind)>();
        int previousEnd = -1;
        StatementKind? previousKind = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is not (LineKind.Heading or LineKind.Tabular)) continue;
            string? sideBySide = null;
            if (line.Filled.Count > 1)
            {
                if (SideBySide(line, titles) is not { } left) continue;
                sideBySide = left;
            }
            if (titles.Match(sideBySide ?? line.Text) is not { } kind) continue;
            bool values = false;
            int end = Extent(lines, titles, i, i + 1, ref values);
            var intro = (From: end, To: end);
            // A paragraph between the title and the table ("The following table presents …", a note on the presentation):
            // the table starts below it, and the paragraph is read with the title (it may state the scale). The table stops
            // at it, or, when its first line names dates, took it for the title's period line ("… for the quarters ended
            // June 30, 2025 (in" / "millions, except per share amounts).").
            int from = values ? NextNonBlank(lines, i + 1) : end;
            while (from - 1 > i && lines[from - 1].Kind == LineKind.Prose) from--;
            if (IntroductionEnd(lines, titles, from, sentence: values) is int after)
            {
                bool below = false;
                int tableEnd = Extent(lines, titles, i, after, ref below);
                if (below) (intro, end, values) = ((from, after), tableEnd, true);
            }
            string? unread = null;
            if (!values && IntroductionEnd(lines, titles, from, sentence: true, LongIntroductionLines, LongIntroductionLength) is int paragraphEnd)
            {
                // A longer paragraph (a note on reclassifications, on the basis of presentation) is the statement's
                // introduction when the statement's column header follows it; a table under a paragraph longer still, or
                // under one without such a header, is not taken for the statement, and a finding says so.
                bool below = false;
                int tableEnd = Extent(lines, titles, i, paragraphEnd, ref below);
                if (below && HeadsTable(lines, paragraphEnd)) (intro, end, values) = ((from, paragraphEnd), tableEnd, true);
                else if (below) unread = LongIntroduction;
            }
            else if (!values && IntroductionEnd(lines, titles, from, sentence: true, ParagraphLines, ParagraphLength) is int farEnd)
            {
                bool below = false;
                Extent(lines, titles, i, farEnd, ref below);
                if (below) unread = LongIntroduction;
            }
            bool paragraph = previousEnd >= 0 && HasParagraph(lines, previousEnd + 1, i);
            var preamble = Preamble(lines, i, previousEnd);
            for (int j = intro.From; j < intro.To; j++)
            {
                if (lines[j].Kind != LineKind.Blank) preamble.Add(lines[j]);
            }
            var table = Build(lines, i, end, kind, preamble, intro) with { NoteBelow = NoteBelow(lines, end) };
            // A paragraph between two tables (a note under the first part, the page's text) parts them, unless the second is
            // marked as continuing the same statement and no other table of figures is printed between the two.
            bool continues = previousEnd >= 0 && (!paragraph
                || (kind == previousKind && Periods.ContinuedStatementColumns.IsMarked(table) && !HasValuesBetween(lines, previousEnd + 1, i)));
            table = table with { ContinuesPrevious = continues };
            if (table.Rows.LastOrDefault(r => r.Values.Count > 0) is { } last) table = table with { Footnotes = TableFootnotes.Below(lines, last.Line.Index + 1) };
            if (unread is not null)
            {
                table = table.Skipped(unread) with { SkippedLayout = true };
            }
            else if (NotConsolidatedStatement(line.Text) is { } reason)
            {
                // Kept without values so that a finding says why its numbers are not reported.
                table = table.Skipped(reason);
            }
            else if (sideBySide is not null)
            {
                table = table.Skipped(SideBySideLayout) with { SkippedLayout = true };
            }
            if (table.Rows.Count > 0 || table.SkippedBecause is not null) tables.Add(table);
            else emptyTitles?.Add((line, kind));
            if (values && end < lines.Count && UntitledTable.StartsAt(lines, i, end)) untitled.Add((end, kind));
            previousEnd = end - 1;
            previousKind = kind;
            i = end - 1;
        }
        return UntitledTable.Report(lines, UntitledBalanceSheet.Add(lines, tables, titles), untitled, titles);
    }

    /// <summary>The end (exclusive) of the lines of a table without a title whose first line (its header) is <paramref name="start"/>.</summary>
    internal static int UntitledExtent(IReadOnlyList<TextLine> lines, StatementTitles titles, int start)
    {
        bool values = false;
        return Extent(lines, titles, start, start + 1, ref values);
    }

    /// <summary>
    /// The end (exclusive) of the lines from <paramref name="from"/> on that belong to the table titled at
    /// <paramref name="title"/>: up to the next title or running text; <paramref name="values"/> says whether a row of values was seen.
    /// </summary>
    private static int Extent(IReadOnlyList<TextLine> lines, StatementTitles titles, int title, int from, ref bool values)
    {
        int end = from;
        while (end < lines.Count && (lines[end].Kind != LineKind.Prose || IsCaptionWithin(lines, end) || IsPageNumberWithin(lines, end) || (!values && TitleContinuation.Continues(lines, title, end))) && !(lines[end].Kind == LineKind.Heading && titles.TitlesAnyStatement(lines[end].Text))
            && !IsRunningText(lines[end]) && !(values && (StartsAnotherTable(lines, end) || HeadsNextTitle(lines, end, titles) || UntitledTable.StartsAt(lines, title, end))))
        {
            values |= lines[end].Kind == LineKind.Tabular && HasValues(lines[end]);
            end++;
        }
        return end;
    }

    private const int IntroductionLines = 4;
    private const int IntroductionLength = 800;

    // A paragraph this long is read as the introduction only when the statement's column header follows it.
    private const int LongIntroductionLines = 12;
    private const int LongIntroductionLength = 2400;

    // Up to this long, a paragraph between a title and a table of values is reported when it is not read as an introduction.
    private const int ParagraphLines = 40;
    private const int ParagraphLength = 8000;

    private static readonly string LongIntroduction = $"a statement title followed by a paragraph too long to be read as its introduction (no column header right below it, or more than {LongIntroductionLines} lines): the table below it is not read as the statement";

    /// <summary>
    /// Whether a table's column header (or a line naming periods) starts at line <paramref name="index"/>, right below a
    /// statement's introduction, or after captions in parentheses ("(In thousands)", "(Unaudited)").
    /// </summary>
    private static bool HeadsTable(IReadOnlyList<TextLine> lines, int index)
    {
        for (int j = index; j < lines.Count && j < index + 6; j++)
        {
            var line = lines[j];
            string text = line.Text.Trim();
            if (line.Kind == LineKind.Blank || (line.Kind == LineKind.Heading && text.StartsWith('(') && text.EndsWith(')'))) continue;
            return line.Kind is LineKind.Tabular or LineKind.Heading && line.Filled.Any(c => c.Clean.Length > 0) && (HeaderLines.IsHeader(line) || HeaderLines.NamesPeriods(line));
        }
        return false;
    }

    /// <summary>
    /// Where a short paragraph of running text starting at <paramref name="start"/> ends (the first line after it that is
    /// neither running text nor blank), or null when no such paragraph starts there: at most four lines and 800 characters
    /// (or <paramref name="mostLines"/> and <paramref name="mostLength"/>), no statement title among them. With <paramref name="sentence"/>, the paragraph must be a sentence of twelve words or
    /// more ending in a full stop, not a period line of the title ("For the years ended December 31, 2025 and 2024").
    /// </summary>
    private static int? IntroductionEnd(IReadOnlyList<TextLine> lines, StatementTitles titles, int start, bool sentence, int mostLines = IntroductionLines, int mostLength = IntroductionLength)
    {
        if (start >= lines.Count || lines[start].Kind != LineKind.Prose) return null;
        int prose = 0, length = 0, words = 0, j = start, last = start;
        for (; j < lines.Count && (lines[j].Kind is LineKind.Prose or LineKind.Blank || EndsSentence(lines, j)); j++)
        {
            if (lines[j].Kind == LineKind.Blank) continue;
            string text = lines[j].Text.Trim();
            length += text.Length;
            words += 1 + text.AsSpan().Count(' ');
            last = j;
            // A statement's name inside a sentence ("… presents the consolidated results of operations of …") titles nothing.
            if (++prose > mostLines || length > mostLength || (titles.TitlesAnyStatement(lines[j].Text) && !InSentence(lines[j]))) return null;
        }
        if (sentence && (words < 12 || !lines[last].Text.TrimEnd().EndsWith('.'))) return null;
        return j < lines.Count ? j : null;
    }

    /// <summary>A line of running text of twelve words or more: a statement's name in it is part of a sentence, not a title.</summary>
    private static bool InSentence(TextLine line) =>
        line.Kind == LineKind.Prose && line.Text.AsSpan().Trim().Count(' ') >= 11;

    private static int NextNonBlank(IReadOnlyList<TextLine> lines, int from)
    {
        while (from < lines.Count && lines[from].Kind == LineKind.Blank) from++;
        return from;
    }

    /// <summary>
    /// A short line right under a line of running text that stops mid-sentence, ending the sentence ("… for the quarters
    /// ended June 30, 2025 (in" / "millions, except per share amounts)."): the rest of the paragraph, not the table's first line.
    /// </summary>
    private static bool EndsSentence(IReadOnlyList<TextLine> lines, int index) =>
        index > 0 && lines[index].Kind == LineKind.Heading && lines[index - 1].Kind == LineKind.Prose
        && lines[index - 1].Text.TrimEnd() is [.., not ('.' or ':' or ';' or '!' or '?')] && lines[index].Text.TrimEnd().EndsWith('.');

    private const string SideBySideLayout = "statements printed side by side on the same lines, a layout that is not read";

    /// <summary>
    /// The left title of a line printing two statement titles side by side ("STATEMENTS OF OPERATIONS      BALANCE SHEETS"),
    /// or null: the statements below share their lines, each row holding an item of each.
    /// </summary>
    private static string? SideBySide(TextLine line, StatementTitles titles)
    {
        var filled = line.Filled;
        var last = filled[^1].Clean;
        // Most lines with several cells are rows ending in a figure: only a line ending in words is read further.
        if (last.Length < 8 || last.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || !filled[0].HasLetters) return null;
        return titles.Match(last) is not null && titles.Match(filled[0].Clean) is not null ? filled[0].Clean : null;
    }

    /// <summary>Whether a paragraph of running text (a prose line over 160 characters) lies between lines <paramref name="from"/> and <paramref name="to"/> (excluded).</summary>
    private static bool HasParagraph(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (lines[j].Kind == LineKind.Prose && lines[j].Text.Length > 160) return true;
        }
        return false;
    }

    /// <summary>Whether a row of figures lies between lines <paramref name="from"/> and <paramref name="to"/> (excluded).</summary>
    private static bool HasValuesBetween(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (lines[j].Kind == LineKind.Tabular && HasValues(lines[j])) return true;
        }
        return false;
    }

    /// <summary>
    /// A line of running text that belongs to the table: a caption introducing the rows below it ("Adjustments to
    /// reconcile net income to net cash provided by operating activities:") or a parenthesized scale caption, followed
    /// by table rows or their column header. A footnote ("(1) Includes ...") ends the table.
    /// </summary>
    internal static bool IsCaptionWithin(IReadOnlyList<TextLine> lines, int index)
    {
        string text = lines[index].Text.Trim();
        if (text.Length > 160 || IsFootnote(text)) return false;
        bool caption = text.EndsWith(':') || (text.StartsWith('(') && text.EndsWith(')'));
        if (!caption) return IsWrappedLabel(lines, index);
        for (int next = index + 1; next < lines.Count; next++)
        {
            if (lines[next].Kind == LineKind.Blank) continue;
            // Table rows, or the column header above them printed as a line of its own ("Three Months Ended").
            return lines[next].Kind == LineKind.Tabular || (lines[next].Kind == LineKind.Heading && HeaderLines.IsHeader(lines[next]));
        }
        return false;
    }

    /// <summary>
    /// "Net loss per share attributable to Acme Corp." over "common stockholders, basic and diluted  $(0.42)": the first
    /// line of a label wrapped over two lines reads as a sentence when it ends with an abbreviation. The row right under
    /// it carries on the label in lower case.
    /// </summary>
    private static bool IsWrappedLabel(IReadOnlyList<TextLine> lines, int index) =>
        index + 1 < lines.Count && lines[index + 1] is { Filled.Count: > 1 } next && ContinuesLabel(next);

    /// <summary>The rest of a wrapped label with its values ("three months)   2,131   2,273"): a row starting in lower case.</summary>
    private static bool ContinuesLabel(TextLine line) =>
        line.Kind == LineKind.Tabular && line.Filled[0].Clean is [var first, ..] && char.IsLower(first) && HasValues(line);

    /// <summary>
    /// A page number marked as one ("- 8 -", "Page 8") between two parts of a table split by a page break, where no form
    /// feed says so (an HTML exhibit): the table goes on below it.
    /// </summary>
    private static bool IsPageNumberWithin(IReadOnlyList<TextLine> lines, int index)
    {
        if (!IsMarkedPageNumber(lines[index])) return false;
        for (int next = index + 1; next < lines.Count; next++)
        {
            if (lines[next].Kind == LineKind.Blank) continue;
            return lines[next].Kind == LineKind.Tabular;
        }
        return false;
    }

    private static bool IsMarkedPageNumber(TextLine line)
    {
        var text = line.Text.AsSpan().Trim();
        return text.Length is > 0 and <= 20 && (text[0] == '-' || text.StartsWith("page ", StringComparison.OrdinalIgnoreCase))
            && Formats.PageFurniture.PageNumber(line.Text, out _) > 0;
    }

    /// <summary>
    /// Why a table titled like a statement does not report the filer's consolidated GAAP figures (a segment statement,
    /// a non-GAAP reconciliation, pro forma figures, average balances), or null.
    /// </summary>
    internal static string? NotConsolidatedStatement(string title)
    {
        string t = " " + Taxonomy.Concepts.LabelNormalizer.Normalize(title) + " ";
        if (t.Contains(" non gaap ", StringComparison.Ordinal) || t.Contains(" reconciliation ", StringComparison.Ordinal)) return "a non-GAAP reconciliation";
        if (t.Contains(" segment ", StringComparison.Ordinal) || t.Contains(" segments ", StringComparison.Ordinal)) return "segment figures";
        if (t.Contains(" pro forma ", StringComparison.Ordinal)) return "pro forma figures";
        // A bank's "Average Balance Sheets" (or "Average Balances, Yields and Rates"): an average over the period is no
        // balance at its end, and the yields beside it are ratios.
        if (AverageBalanceRows.NamesAverageBalances(t)) return "average balances over each period (not balances at its end)";
        return null;
    }

    /// <summary>A table line holding running text (a footnote set in a table cell): it ends the table.</summary>
    private static bool IsRunningText(TextLine line) =>
        line.Kind == LineKind.Tabular && line.Filled.Any(c => c.Clean.Length > 160 || c.Clean.AsSpan().Count(' ') >= 20)
        && !HasValues(line);

    /// <summary>
    /// True when a cell after the first holds one number, or a figure printed with a decimal comma ("0,45"): a row of
    /// values the number reader does not read, which must stay in its table so that a finding says so.
    /// </summary>
    internal static bool HasValues(TextLine line)
    {
        var filled = line.Filled;
        for (int k = 1; k < filled.Count; k++)
        {
            if (NumberParser.ParseSingle(filled[k].Clean, 0) is not null || DecimalCommas.Count(filled[k].Clean) == 1) return true;
        }
        return false;
    }

    /// <summary>
    /// A heading followed by a column header before any row of values: the title of another table (a reconciliation,
    /// a supplemental schedule) that is not a statement, so it ends the statement above it.
    /// </summary>
    private static bool StartsAnotherTable(IReadOnlyList<TextLine> lines, int index)
    {
        if (lines[index].Kind != LineKind.Heading || IsCaptionWithin(lines, index) || IsMarkedPageNumber(lines[index])) return false;
        int seen = 0;
        for (int next = index + 1; next < lines.Count && seen < 6; next++)
        {
            var line = lines[next];
            // A line of markup only (the <S> <C> column tags of a 1990s table) says nothing either way.
            if (line.Kind == LineKind.Blank || line.Filled.All(c => c.Clean.Length == 0)) continue;
            seen++;
            // A caption introducing that table ("The following table presents our segment results (in millions):") may
            // come between its heading and its column header.
            if (line.Kind == LineKind.Prose)
            {
                if (!IsCaptionWithin(lines, next)) return false;
                continue;
            }
            // The rest of a wrapped label with its values: the heading is a row's label.
            if (ContinuesLabel(line)) return false;
            if (HeaderLines.IsHeader(line) || (line.Kind == LineKind.Tabular && HeaderLines.NamesPeriods(line))) return true;
            if (line.Kind == LineKind.Tabular && HasValues(line)) return false;
        }
        return false;
    }

    /// <summary>
    /// A column header printed after a table's rows and right above the title of the next statement (a wrapper table
    /// that prints its header row before its title row): it heads that statement, so it ends the one above.
    /// </summary>
    private static bool HeadsNextTitle(IReadOnlyList<TextLine> lines, int index, StatementTitles titles)
    {
        if (!IsColumnHeader(lines[index])) return false;
        for (int next = index + 1; next < lines.Count; next++)
        {
            var line = lines[next];
            if (line.Kind == LineKind.Blank || IsColumnHeader(line)) continue;
            return line.Kind is LineKind.Heading or LineKind.Tabular && line.Filled.Count <= 1 && titles.Match(line.Text) is not null;
        }
        return false;
    }

    /// <summary>A table line of column titles (a line of markup only, the &lt;S&gt; &lt;C&gt; tags of a 1990s table, is none).</summary>
    private static bool IsColumnHeader(TextLine line) =>
        line.Kind == LineKind.Tabular && line.Filled.Any(c => c.Clean.Length > 0) && HeaderLines.IsHeader(line);

    /// <summary>
    /// Whether a header line printed among the rows repeats one of the table's header lines (the years of a column header
    /// printed again after a page break): it is that header again, not a row of values.
    /// </summary>
    private static bool Repeats(TextLine line, List<TextLine> headers)
    {
        if (headers.Count == 0 || !line.Filled.Any(c => c.Clean.Length > 0)) return false;
        var columns = ColumnTitles(line).ToList();
        return headers.Any(h => ColumnTitles(h).SequenceEqual(columns, StringComparer.Ordinal));
    }

    /// <summary>The cells of a header line that title columns (a caption in the first cell, "ASSETS", left out).</summary>
    private static IEnumerable<string> ColumnTitles(TextLine line) =>
        line.Filled.Select(c => c.Clean).Where(t => HeaderLines.IsYear(t) || HeaderLines.TitleWords(t) is not null);

    /// <summary>The column header lines printed above a table's title, after the table before it (see <see cref="HeadsNextTitle"/>).</summary>
    private static IEnumerable<TextLine> HeaderAboveTitle(List<TextLine> preamble, int title) =>
        preamble.Where(l => l.Index < title && l.Kind == LineKind.Tabular && l.Filled.Count > 1 && HeaderLines.IsHeader(l));

    private static int Column(TableRow row) => row.LabelOffset - row.Line.Offset;

    /// <summary>A label that stops in mid-phrase: after a comma or semicolon, or on a word that joins it to more ("issued and").</summary>
    private static bool EndsMidPhrase(string label)
    {
        string end = label.TrimEnd();
        if (end is [.., ';' or ',']) return true;
        string last = end[(end.LastIndexOf(' ') + 1)..];
        return last is "and" or "or" or "of" or "in" or "for" or "to" or "the" or "by" or "from" or "with";
    }

    /// <summary>
    /// Whether <paramref name="next"/>, printed on the line under the label <paramref name="above"/>, is the rest of that
    /// label: the label does not close itself (no colon), and the next text starts in lower case, or the label stops
    /// mid-phrase or inside a date ("… shares at November" / "2, 2024, …") and the next text is no heading in capitals.
    /// </summary>
    private static bool Continues(string above, string next) =>
        !above.TrimEnd().EndsWith(':') && (char.IsLower(next[0]) || (!IsAllCaps(next) && (EndsMidPhrase(above) || EndsOnMonth(above))));

    /// <summary>A section heading in capitals ("STOCKHOLDERS' EQUITY"): it starts something, it continues nothing.</summary>
    private static bool IsAllCaps(string label) => label.Any(char.IsLetter) && !label.Any(char.IsLower);

    /// <summary>A label whose last word is a month: a date the line break split ("… outstanding at November" / "2, 2024").</summary>
    private static bool EndsOnMonth(string label)
    {
        var end = label.AsSpan().TrimEnd().TrimEnd('.');
        return Periods.DateMention.IsMonthSpelling(end[(end.LastIndexOf(' ') + 1)..]);
    }

    private static bool IsFootnote(string text)
    {
        if (text.StartsWith('*')) return true;
        if (!text.StartsWith('(')) return false;
        int close = text.IndexOf(')', StringComparison.Ordinal);
        return close is > 1 and <= 4 && text[1..close].All(char.IsLetterOrDigit);
    }

    private static TextLine? NoteBelow(IReadOnlyList<TextLine> lines, int end)
    {
        int j = end;
        while (j < lines.Count && lines[j].Kind == LineKind.Blank) j++;
        if (j >= lines.Count || lines[j].Kind == LineKind.Tabular) return null;
        string text = lines[j].Text.Trim();
        // A footnote's marker ("(1)", "*") is no figure of the note.
        if (IsFootnote(text)) text = text[(text.StartsWith('*') ? text.Length - text.TrimStart('*').Length : text.IndexOf(')', StringComparison.Ordinal) + 1)..];
        return text.Length is > 0 and <= 120 && !text.Any(char.IsAsciiDigit) ? lines[j] : null;
    }

    private static List<TextLine> Preamble(IReadOnlyList<TextLine> lines, int title, int previousEnd)
    {
        var result = new List<TextLine>();
        for (int j = title - 1; j > previousEnd && result.Count < PreambleLines; j--)
        {
            if (lines[j].Kind == LineKind.Blank) continue;
            // A labelled row of figures is the last row of another table printed above (an outlook, a highlights table):
            // its "(in millions)" is that row's scale, not this table's caption.
            if (IsRowOfFigures(lines[j])) break;
            // A short line of running text just above a table is its caption ("... (in thousands, except per share amounts)").
            if (lines[j].Kind == LineKind.Prose && (lines[j].Text.Length > 160 || result.Count > 0)) break;
            result.Add(lines[j]);
            if (lines[j].Kind == LineKind.Prose) break;
        }
        result.Reverse();
        result.Add(lines[title]);
        return result;
    }

    /// <summary>A tabular line that starts with a label and ends with a figure other than a year ("Net sales (in millions)  $ 1,200").</summary>
    private static bool IsRowOfFigures(TextLine line)
    {
        if (line.Kind != LineKind.Tabular || line.Filled.Count < 2 || !line.Filled[0].HasLetters) return false;
        var last = line.Filled[^1];
        return NumberParser.ParseSingle(last.Clean, last.Offset) is { } figure
            && !(figure.FractionDigits == 0 && figure.Value is >= 1900 and <= 2100 && last.Clean.AsSpan().Trim().Length == 4);
    }

    internal static StatementTable Build(IReadOnlyList<TextLine> lines, int title, int end, StatementKind kind, List<TextLine> preamble, (int From, int To) introduction = default)
    {
        var headers = new List<TextLine>(HeaderAboveTitle(preamble, lines[title].Index));
        var rows = new List<TableRow>();
        var runs = new List<NumberRun>();
        ColumnGroups? groups = null;
        bool sawValues = false; // a row with values has been read (the only row ever taken back, a wrapped label, has none)
        // The row whose label last took the rest printed on a line below its values, and that line: the next line may hold more.
        int continuedRow = -1, continuedLine = -1;
        int LastLineOf(TableRow row) => continuedRow == rows.Count - 1 && ReferenceEquals(rows[^1], row) ? continuedLine : row.Line.Index;
        for (int j = title + 1; j < end; j++)
        {
            var line = lines[j];
            if (line.Kind == LineKind.Blank || (j >= introduction.From && j < introduction.To) || (line.Kind is LineKind.Prose or LineKind.Heading && IsMarkedPageNumber(line))) continue;
            bool beforeValues = !sawValues;
            if (beforeValues && TitleContinuation.Continues(lines, title, j))
            {
                rows.Add(new TableRow(line, line.Text.Trim(), line.Offset + line.Text.Length - line.Text.TrimStart().Length, []));
                continue;
            }
            // A line right under a row, in lower case or after a label stopping mid-phrase or inside a date, is the rest of
            // that label ("three months)   2,131"; "1, 2024, and 4,900 shares …"), however much its words look like a header.
            bool labelTail = !beforeValues && line.Filled is [{ Clean: { Length: > 0 } first }, ..]
                && rows.Count > 0 && rows[^1].HasLabel && lines[j - 1].Index == LastLineOf(rows[^1]) && Continues(rows[^1].Label!, first);
            if (!labelTail && (HeaderLines.IsHeader(line) && (beforeValues || line.Filled.All(c => !HeaderLines.IsYear(c.Clean)) || Repeats(line, headers)))
                || (beforeValues && line.Kind == LineKind.Tabular && HeaderLines.NamesPeriods(line)))
            {
                headers.Add(line);
                continue;
            }
            // A line stating only the scale in figures ("($000)") is a caption of the header, not a negative nil amount.
            if (beforeValues && line.Filled.Count == 1 && Periods.ScalePhrase.Whole(line.Filled[0].Clean) is not null)
            {
                headers.Add(line);
                continue;
            }
            if (beforeValues && groups is null && ColumnGroups.Find(line) is { } named)
            {
                groups = named;
                continue;
            }
            if (sawValues && RunOnValues.Split(line) is { } split) line = split;
            if (j + 1 < end && SplitParentheses.Close(line, lines[j + 1]) is { } closed)
            {
                line = closed;
                j++;
            }
            var (row, lineRuns) = RowReader.Read(line);
            runs.AddRange(lineRuns);
            if (row is { Values.Count: > 1 } years && beforeValues
                && (!years.HasLabel || years.Label!.TrimStart().StartsWith('(') || years.Label.TrimEnd().EndsWith(')') || !headers.Any(h => h.Filled.Any(c => HeaderLines.IsYear(c.Clean))))
                && years.Values.All(v => v.Number is { } n && HeaderLines.IsYear(n.Text)))
            {
                // The years row of a header printed beside a caption ("(millions)  2004  2003").
                headers.Add(line);
                continue;
            }
            if (row is { HasLabel: true } && rows.Count > 0 && rows[^1] is { Values.Count: 0, HasLabel: true } wrapped
                && lines[j - 1].Index == wrapped.Line.Index && Continues(wrapped.Label!, row.Label!))
            {
                // A label wrapped over lines in fixed-width text: the line before holds its beginning (this line starts in
                // lower case, or the line before stops mid-phrase or inside a date: "… shares at November" / "2, 2024, …").
                rows.RemoveAt(rows.Count - 1);
                row = row with { Label = wrapped.Label!.TrimEnd() + " " + row.Label, LabelOffset = wrapped.LabelOffset };
            }
            if (row is not null && FigureLabelTail.Of(row) is { } figures && rows.Count > 0 && rows[^1] is { Values.Count: 0, HasLabel: true } opened
                && lines[j - 1].Index == opened.Line.Index)
            {
                // A label wrapped over lines whose last line begins with figures instead of words (share counts by year).
                rows.RemoveAt(rows.Count - 1);
                row = row with { Label = opened.Label!.TrimEnd() + " " + figures, LabelOffset = opened.LabelOffset };
            }
            if (row is { HasLabel: true, Values.Count: 0 } tail && rows.Count > 0 && rows[^1] is { HasLabel: true, Values.Count: > 0 } head
                && lines[j - 1].Index == LastLineOf(head) && !tail.Label!.TrimEnd().EndsWith(':') && Continues(head.Label!, tail.Label))
            {
                // The rest of a label printed after its values ("Common stock, …, 15,000 shares authorized;  745  420" then
                // "shares outstanding: 2025, 7,400; 2024, 6,900"): it starts in lower case, or the line before stops
                // mid-phrase or inside a date.
                rows[^1] = head with { Label = head.Label!.TrimEnd() + " " + tail.Label };
                (continuedRow, continuedLine) = (rows.Count - 1, line.Index);
                continue;
            }
            if (row is not null && (row.Values.Count > 0 || row.HasLabel))
            {
                rows.Add(row);
                sawValues |= row.Values.Count > 0;
            }
        }
        int columns = ColumnCount(rows);
        if (FirstColumn(rows, columns) is { } firstColumn)
        {
            for (int r = 0; r < rows.Count; r++)
            {
                if (RunOnValues.FirstValue(rows[r], columns, firstColumn) is { } whole) rows[r] = whole;
            }
        }
        if (groups is not null)
        {
            groups = ColumnGroupPeriods.PerPeriod(groups, headers);
            (rows, columns) = KeepConsolidated(rows, columns, groups);
        }
        var noise = new List<TextLine>();
        var kept = new List<TableRow>();
        foreach (var row in rows)
        {
            int numbers = row.Values.Count;
            // A label-less line with fewer values than columns and no trace of a lost cell is not a row (a page number).
            if (!row.HasLabel && numbers > 0 && numbers < columns && !row.Values.Any(v => v.Lost))
            {
                noise.Add(row.Line);
                continue;
            }
            kept.Add(row);
        }
        return new StatementTable(lines[title], kind, headers, kept, runs, preamble, columns, noise) { ColumnGroups = groups };
    }

    /// <summary>
    /// Keeps only the consolidated column (one per period when the groups repeat per period) of a table whose columns
    /// are entities or measures (segments, consolidating adjustments, non-GAAP); with no consolidated column, or when the
    /// names do not line up with the columns, no column is kept.
    /// </summary>
    private static (List<TableRow> Rows, int Columns) KeepConsolidated(List<TableRow> rows, int columns, ColumnGroups groups)
    {
        bool aligned = groups.Kept.Count > 0 && groups.Names.Count == columns;
        var kept = new List<TableRow>();
        // A row with a blank cell (no figure under "Adjustments") keeps its figures in the columns they are printed under.
        foreach (var row in (aligned ? ShortRowAlignment.Align(rows, columns) : null) ?? rows)
        {
            if (aligned && row.Values.Count == columns) kept.Add(row with { Values = groups.Kept.Select(i => row.Values[i]).ToList() });
            else if (row.HasLabel) kept.Add(row with { Values = [] });
        }
        return (kept, aligned ? groups.Kept.Count : 0);
    }

    /// <summary>Where the fixed-width rows that fill every column start their first value (a position on the line), or null.</summary>
    private static int? FirstColumn(List<TableRow> rows, int columns)
    {
        int? left = null;
        foreach (var row in rows)
        {
            if (columns == 0 || row.Values.Count != columns || row.Line.Text.Contains('\t')) continue;
            int start = row.Values[0].Offset - row.Line.Offset;
            left = left is { } l ? Math.Min(l, start) : start;
        }
        return left;
    }

    private static int ColumnCount(List<TableRow> rows)
    {
        var counts = rows.Where(r => r.Values.Count > 0).GroupBy(r => r.Values.Count).ToArray();
        if (counts.Length == 0) return 0;
        return counts.OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
    }
}
