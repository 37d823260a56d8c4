using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tables;

/// <summary>Recognises statement titles: the catalog's titles first, then common wordings of each kind.</summary>
internal sealed class StatementTitles
{
    private static readonly (string Title, StatementKind Kind)[] Common =
    [
        ("balance sheet", StatementKind.BalanceSheet),
        ("balance sheets", StatementKind.BalanceSheet),
        ("statement of financial position", StatementKind.BalanceSheet),
        ("statements of financial position", StatementKind.BalanceSheet),
        ("statements of financial condition", StatementKind.BalanceSheet),
        ("statement of financial condition", StatementKind.BalanceSheet),
        ("statement of operations", StatementKind.IncomeStatement),
        ("statements of operations", StatementKind.IncomeStatement),
        ("statement of income", StatementKind.IncomeStatement),
        ("statements of income", StatementKind.IncomeStatement),
        ("income statement", StatementKind.IncomeStatement),
        ("income statements", StatementKind.IncomeStatement),
        ("statements of earnings", StatementKind.IncomeStatement),
        ("statement of earnings", StatementKind.IncomeStatement),
        // "Statements of (Loss) Income", "Statements of Net Earnings".
        ("statements of loss", StatementKind.IncomeStatement),
        ("statement of loss", StatementKind.IncomeStatement),
        ("statements of net income", StatementKind.IncomeStatement),
        ("statement of net income", StatementKind.IncomeStatement),
        ("statements of net earnings", StatementKind.IncomeStatement),
        ("statement of net earnings", StatementKind.IncomeStatement),
        ("statements of net loss", StatementKind.IncomeStatement),
        ("statement of net loss", StatementKind.IncomeStatement),
        ("consolidated income", StatementKind.IncomeStatement),
        // IFRS wordings: "Consolidated Statement of Profit or Loss (and Other Comprehensive Income)", "Statement of Profit and Loss".
        ("statement of profit or loss", StatementKind.IncomeStatement),
        ("statements of profit or loss", StatementKind.IncomeStatement),
        ("statement of profit and loss", StatementKind.IncomeStatement),
        ("statements of profit and loss", StatementKind.IncomeStatement),
        // A highlights table prints a selection of the income statement's items (and share counts) for the periods reported.
        ("financial highlights", StatementKind.IncomeStatement),
        ("statement of cash flows", StatementKind.CashFlow),
        ("statements of cash flows", StatementKind.CashFlow),
        ("statement of cashflows", StatementKind.CashFlow),
        ("statements of cashflows", StatementKind.CashFlow),
        ("cash flow statement", StatementKind.CashFlow),
        ("cash flow statements", StatementKind.CashFlow),
    ];

    // Normalized titles with a space on each side, so that a title matches whole words only.
    private readonly (string Title, StatementKind Kind)[] _titles;

    public StatementTitles(ConceptCatalog catalog)
    {
        _titles = catalog.Statements
            .SelectMany(s => s.Titles.Select(t => (LabelNormalizer.Normalize(t), s.Kind)))
            .Concat(Common)
            .Where(t => t.Item1.Length > 0 && t.Item2 is not (StatementKind.DocumentAndEntityInformation or StatementKind.Other))
            .Distinct()
            .OrderByDescending(t => t.Item1.Length)
            .Select(t => (" " + t.Item1 + " ", t.Item2))
            .ToArray();
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int rank = 0; rank < _titles.Length; rank++)
        {
            string title = _titles[rank].Title;
            string first = title[1..title.IndexOf(' ', 1)];
            if (!byFirstWord.TryGetValue(first, out var ranks)) byFirstWord[first] = ranks = [];
            ranks.Add(rank);
        }
        _byFirstWord = byFirstWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The ranks in _titles of the titles starting with each word: a line is compared only with the titles whose first
    // word it holds.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private static readonly string[] OtherStatements =
    [
        " stockholders equity ", " shareholders equity ", " stockholders deficit ", " shareholders deficit ", " changes in equity ",
        " comprehensive income ", " comprehensive loss ", " partners capital ",
        // "Consolidated Statements of Equity", "Statement of Members' Equity", a fund's "Statement of Changes in Net Assets".
        " of equity ", " members equity ", " comprehensive earnings ", " changes in net assets ",
    ];

    /// <summary>
    /// True when the line titles a statement: one this library extracts, or one it does not (stockholders' equity,
    /// comprehensive income). Either ends the statement above it; the line is normalized once for both tests.
    /// </summary>
    public bool TitlesAnyStatement(string line)
    {
        if (line.Length > 140) return false;
        ReadOnlySpan<char> normalized = Padded(line, stackalloc char[PaddedLength(line)]);
        return MatchNormalized(normalized) is not null || TitlesOtherStatementNormalized(normalized);
    }

    // The normalized line with a space on each side, so that titles match whole words only; written into a buffer of
    // PaddedLength (the line is at most 140 characters here) rather than a new string for every line tested.
    private static ReadOnlySpan<char> Padded(string line, Span<char> buffer)
    {
        string normalized = LabelNormalizer.Normalize(line);
        buffer[0] = ' ';
        normalized.CopyTo(buffer[1..]);
        buffer[normalized.Length + 1] = ' ';
        return buffer[..(normalized.Length + 2)];
    }

    // The normalized form holds at most four characters for each of the line's ('&' becomes " and").
    private static int PaddedLength(string line) => line.Length * 4 + 2;

    /// <summary>True when the normalized line titles a statement this library does not extract.</summary>
    private static bool TitlesOtherStatementNormalized(ReadOnlySpan<char> normalized)
    {
        bool statement = normalized.Contains(" statement of ", StringComparison.Ordinal) || normalized.Contains(" statements of ", StringComparison.Ordinal);
        if (!statement) return false;
        foreach (string other in OtherStatements)
        {
            if (normalized.Contains(other, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The kind of statement the line titles, or null when it titles none.</summary>
    public StatementKind? Match(string line) => line.Length > 140 ? null : MatchNormalized(Padded(line, stackalloc char[PaddedLength(line)]));

    /// <summary>The kind of the first title (longest first) that <paramref name="text"/> contains, or null.</summary>
    private StatementKind? MatchNormalized(ReadOnlySpan<char> text)
    {
        // The normalized line has one space between words, as every title has: a title it contains starts at a word of it.
        int best = int.MaxValue;
        for (int start = 1; start < text.Length; )
        {
            int length = text[start..].IndexOf(' ');
            if (length <= 0) break;
            if (_byFirstWord.TryGetValue(text.Slice(start, length), out var ranks))
            {
                foreach (int rank in ranks)
                {
                    if (rank < best && text[(start - 1)..].StartsWith(_titles[rank].Title, StringComparison.Ordinal)) best = rank;
                }
            }
            start += length + 1;
        }
        return best == int.MaxValue ? null : _titles[best].Kind;
    }
}
