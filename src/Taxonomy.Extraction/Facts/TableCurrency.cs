using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The currency a statement table's amounts are in. Its heading or the signs in its cells name it ("(in thousands of
/// euros)", "€", "C$"); a table that names none is in the currency the document states for all its amounts ("All amounts
/// are in Canadian dollars"), else in US dollars, the currency of SEC filings, unless other statements of the document
/// name another currency. When the names disagree (euros in the heading, "$" in the cells; two currencies in one table) or
/// nothing decides ("¥" alone: yen or renminbi), the table's amounts are not reported: a finding says why.
/// </summary>
/// <param name="Code">The ISO 4217 code, or null when undecided.</param>
/// <param name="Reason">Why the currency is undecided, or null.</param>
internal sealed record TableCurrency(string? Code, string? Reason)
{
    public static TableCurrency UsDollars { get; } = new("USD", null);

    /// <summary>The currencies the document states for all its amounts, from its lines outside the tables.</summary>
    public static HashSet<string> Stated(IReadOnlyList<TextLine> lines)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Prose or LineKind.Heading) CurrencyNames.InStatement(line.Text, stated);
        }
        return stated;
    }

    /// <summary>The currencies each table names in its heading or cells, in table order.</summary>
    public static HashSet<string> Named(StatementTable table, string heading)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        CurrencyNames.InHeading(heading, named);
        // A column heading that is only a currency ("RMB · RMB · US$": a convenience translation beside the reported figures).
        foreach (var line in table.HeaderLines.Concat(table.Rows.Where(r => r.Values.Count == 0).Select(r => r.Line)))
        {
            foreach (var cell in line.Filled)
            {
                if (CurrencyNames.OfColumnHeading(cell.Clean) is { } code) named.Add(code);
            }
        }
        foreach (var row in table.Rows)
        {
            if (row.Values.Count == 0) continue;
            var text = row.Line.Text.AsSpan();
            int labelEnd = row.HasLabel ? Math.Clamp(row.LabelOffset - row.Line.Offset + row.Label!.Length, 0, text.Length) : 0;
            CurrencyNames.InCells(text[labelEnd..], named);
        }
        return named;
    }

    /// <summary>
    /// Decides the currency of a table from the currencies it names, those the document states, and those the other
    /// statement tables name.
    /// </summary>
    public static TableCurrency Decide(HashSet<string> named, HashSet<string> stated, IEnumerable<string> namedElsewhere)
    {
        if (named.Contains(CurrencyNames.Unlisted)) return Undecided("its heading names a currency in words this reader does not know");
        var codes = named.Where(c => c is not CurrencyNames.Dollar and not CurrencyNames.YenOrYuan).Order(StringComparer.Ordinal).ToList();
        bool dollar = named.Contains(CurrencyNames.Dollar), yen = named.Contains(CurrencyNames.YenOrYuan);
        if (codes.Count > 1) return Undecided($"it names several currencies ({string.Join(", ", codes)})");
        if (codes.Count == 1) return Consistent(codes[0], dollar, yen, "the table names");
        if (stated.Contains(CurrencyNames.Unlisted)) return Undecided("the document states its amounts in a currency named in words this reader does not know");
        var statedCodes = stated.Where(c => c != CurrencyNames.YenOrYuan).Order(StringComparer.Ordinal).ToList();
        if (statedCodes.Count > 1) return Undecided($"it names no currency and the document states several ({string.Join(", ", statedCodes)})");
        if (statedCodes.Count == 1) return Consistent(statedCodes[0], dollar, yen, "the document states");
        if (yen) return Undecided("'¥' prints both the yen and the renminbi, and neither the table nor the document names one");
        var foreign = namedElsewhere.Where(c => c is not "USD" and not CurrencyNames.Dollar).Distinct().Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            return Undecided($"it names no currency, the document states none for all its amounts, and its other statements are in {string.Join(", ", foreign)}");
        }
        return UsDollars;
    }

    /// <summary>
    /// The currency of the narrative's dollar amounts: the one the document states or all its statement tables are in, when
    /// that is a dollar currency; US dollars when no table reports facts; else null (not decided).
    /// </summary>
    public static string? OfProse(HashSet<string> stated, IReadOnlyList<TableCurrency> tables)
    {
        List<string?> codes = stated.Count > 0 ? [.. stated] : tables.Select(t => t.Code).Distinct().ToList();
        if (codes.Count == 0) return "USD";
        return codes is [{ } code] && CurrencyNames.IsDollar(code) ? code : null;
    }

    private static TableCurrency Consistent(string code, bool dollar, bool yen, string source)
    {
        if (dollar && !CurrencyNames.IsDollar(code)) return Undecided($"its cells print '$' but {source} {code}");
        if (yen && code is not "JPY" and not "CNY") return Undecided($"its cells print '¥' but {source} {code}");
        return code == "USD" ? UsDollars : new TableCurrency(code, null);
    }

    private static TableCurrency Undecided(string reason) => new(null, reason);

    /// <summary>
    /// Puts the table's money facts (read as US dollars) in its currency, or, when it is undecided, removes them with a
    /// finding.
    /// </summary>
    public void Apply(List<Fact> facts, StatementTable table, Loading.SourceText source, List<ValidationFinding> findings)
    {
        if (Code != "GBP") WithholdPence(facts, table, source, findings);
        if (Code == "USD") return;
        if (Code is { } code)
        {
            var money = Unit.Currency(code);
            var perShare = Unit.PerShare(code);
            for (int i = 0; i < facts.Count; i++)
            {
                if (facts[i].Unit == Unit.Usd) facts[i] = facts[i] with { Unit = money };
                else if (facts[i].Unit == Unit.UsdPerShare) facts[i] = facts[i] with { Unit = perShare };
            }
            return;
        }
        int removed = facts.RemoveAll(f => f.Unit == Unit.Usd || f.Unit == Unit.UsdPerShare);
        if (removed == 0) return;
        findings.Add(Findings.Make(Findings.CurrencyUndecided, Severity.Warning,
            $"{table.Title.Text.Trim()}: the currency of its amounts is undecided: {Reason}; its {removed} money amounts are not reported.",
            source.Span(table.Title.Offset, table.Title.Text.Length)));
    }

    /// <summary>
    /// Amounts a row states in pence are hundredths of the pound sterling: in a table of another currency (or of none
    /// decided) they are in no unit the table names, and are withheld with a finding.
    /// </summary>
    private void WithholdPence(List<Fact> facts, StatementTable table, Loading.SourceText source, List<ValidationFinding> findings)
    {
        foreach (var row in table.Rows)
        {
            if (!row.InPence) continue;
            int start = row.Line.Offset, end = row.Line.Offset + row.Line.Text.Length;
            int removed = facts.RemoveAll(f => f.Unit is { Denominator: not null } && f.Provenance is { } p && p.Span.Offset >= start && p.Span.Offset < end);
            if (removed == 0) continue;
            string currency = Code ?? "undecided";
            findings.Add(Findings.Make(Findings.CurrencyUndecided, Severity.Warning,
                $"Row '{row.Label}' states its amounts in pence, hundredths of the pound sterling, in a table whose currency is {currency}; its {removed} amounts are not reported.",
                source.Span(row.LabelOffset, row.Label!.Length)));
        }
    }
}
