using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A per-share row of an income statement whose label says neither basic nor diluted but points to a footnote that does
/// ("Net income per share (1)" with "(1) Basic and diluted net income per share are the same because …", or "(1)
/// Diluted."): the row is read as the per-share amount the footnote names. The footnote must say it of the row itself: its
/// first sentence is the basic or diluted words (with the per-share words after them), or says basic and diluted are the
/// same. Where the conversion dropped the marker (a superscript), a footnote naming the row by its very words ("Basic and
/// diluted net loss per share are the same …" under "Net loss per share") still does. A footnote about anything else ("(1) Diluted net income per share excludes options …") leaves the row as printed.
/// </summary>
internal static class PerShareFootnotes
{
    // What may follow the basic or diluted words in a footnote that names the row: the per-share words.
    private static readonly HashSet<string> PerShareWords = new(StringComparer.Ordinal)
    {
        "net", "income", "loss", "earnings", "per", "share", "common", "attributable", "to", "stockholders", "shareholders", "amounts", "amount",
    };

    // Words saying basic and diluted amounts are one ("… are the same because …").
    private static readonly string[][] SameWords = [["are", "the", "same"], ["is", "the", "same"], ["were", "the", "same"], ["are", "equal"], ["are", "identical"]];

    /// <summary>The table with such rows read under their footnote's wording; a row note says so.</summary>
    public static StatementTable Apply(StatementTable table, LabelMatcher labels)
    {
        if (table.Kind != StatementKind.IncomeStatement || table.Footnotes.Count == 0) return table;
        List<TableRow>? rows = null;
        List<RowNote>? notes = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.HasLabel || row.Values.Count == 0) continue;
            string printed = row.Label!.Trim();
            string label = FootnoteMarker.StripAtEnd(printed, out var markers);
            string normalized = LabelNormalizer.Normalize(label);
            if (AmountKind.Named(label, table.Kind) != ConceptDataType.PerShare || DilutionWords.Of(normalized) != Dilutions.None) continue;
            // A marker the conversion dropped (a superscript): a footnote naming the row by its very words still says it.
            var named = table.Footnotes.Select(f => (f.Marker, Reading: Named(f.Text)))
                .Where(f => markers.Count > 0 ? markers.Contains(f.Marker, StringComparer.Ordinal) : f.Reading.Subject == normalized)
                .Select(f => f.Reading.Dilution).Distinct().ToList();
            if (named is not [var dilution and not Dilutions.None]) continue;
            string reading = label + ", " + dilution switch
            {
                Dilutions.Basic => "basic",
                Dilutions.Diluted => "diluted",
                _ => "basic and diluted",
            };
            if (labels.Match(reading, table.Kind) is not (LabelMatcher.Outcome.Matched, { Definition.DataType: ConceptDataType.PerShare }, _)) continue;
            rows ??= [.. table.Rows];
            notes ??= [.. table.RowNotes];
            rows[r] = row with { Label = reading };
            notes.Add(new RowNote(row, $"Row '{printed}' is read as '{reading}': {(markers.Count > 0 ? $"its footnote {string.Join(' ', markers)}" : "the footnote under the table naming it")} says which per-share amount it is.", false));
        }
        return rows is null ? table : table with { Rows = rows, RowNotes = notes! };
    }

    /// <summary>The per-share amounts a footnote's first sentence says the row is (or none), and the per-share words it names them by.</summary>
    private static (Dilutions Dilution, string Subject) Named(string footnote)
    {
        int stop = footnote.IndexOf(". ", StringComparison.Ordinal);
        var words = LabelNormalizer.Normalize(stop < 0 ? footnote : footnote[..stop]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int w = 0;
        if (w < words.Length && words[w] is "represents" or "reflects") w++;
        int first = w;
        while (w < words.Length && words[w] is "basic" or "diluted" or "and" or "fully") w++;
        var dilution = DilutionWords.Of(words[first..w]);
        if (dilution == Dilutions.None || words[w - 1] == "and") return (Dilutions.None, "");
        int subject = w;
        while (w < words.Length && PerShareWords.Contains(words[w])) w++;
        string named = string.Join(' ', words[subject..w]);
        if (w == words.Length) return (dilution, named);
        // "Basic and diluted net income per share are the same because …": both, said of one amount.
        return dilution == (Dilutions.Basic | Dilutions.Diluted) && SameWords.Any(s => words.AsSpan(w).StartsWith(s)) ? (dilution, named) : (Dilutions.None, "");
    }
}
