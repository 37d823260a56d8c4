using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Facts;

/// <summary>What the cover page says: form type, date of report, registrant, commission file number, IRS number, CIK — each with where it was read.</summary>
internal sealed partial record DocumentHeader(
    (string Value, int Offset, int Length)? FormType,
    (DateOnly Value, int Offset, int Length)? DateOfReport,
    (string Value, int Offset, int Length)? RegistrantName,
    (string Value, int Offset, int Length)? FileNumber,
    (string Value, int Offset, int Length)? TaxId,
    (string Value, int Offset, int Length)? Cik)
{
    /// <summary>True when the cover page marks the form an amendment ("FORM 8-K/A", or "(Amendment No. 1)" under "FORM 8-K").</summary>
    public bool Amendment => FormType is { } form && form.Value.EndsWith("/A", StringComparison.Ordinal) || AmendmentNumbered;

    /// <summary>True when an "Amendment No. N" line stands right under the form line.</summary>
    public bool AmendmentNumbered { get; init; }

    [GeneratedRegex(@"^\s*FORM\s+(?:10-K|10-Q|8-K|20-F|40-F|6-K|10-KT|10-QT|S-1)(?:/A)?\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Form { get; }
    [GeneratedRegex(@"^\s*\(?\s*Amendment\s+No\.?\s*\d{1,2}\s*\)?\s*$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex AmendmentLine { get; }
    [GeneratedRegex(@"CONFORMED\s+SUBMISSION\s+TYPE:\s*[0-9A-Z/-]+", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Conformed { get; }
    [GeneratedRegex(@"\b\d{1,3}-\d{4,6}\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FileNo { get; }
    [GeneratedRegex(@"\b\d{2}-\d{7}\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Ein { get; }
    // "CIK No.: 1234567": each run of white space is one quantifier's (the word and the colon each take the run after them).
    [GeneratedRegex(@"CENTRAL\s+INDEX\s+KEY:\s*\d{1,10}|\bCIK\s*(?:(?:No\.?|Number)\s*)?(?::\s*)?\d{4,10}\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex CikPattern { get; }
    [GeneratedRegex(@"COMPANY\s+CONFORMED\s+NAME:\s*(.+)$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex CompanyName { get; }

    private const int HeaderLines = 120;

    public static DocumentHeader Read(IReadOnlyList<TextLine> lines)
    {
        (string, int, int)? form = null, name = null, file = null, tax = null, cik = null;
        (DateOnly, int, int)? date = null;
        int formLine = -1;
        bool amendmentNumbered = false;
        int limit = Math.Min(lines.Count, HeaderLines);
        for (int i = 0; i < limit; i++)
        {
            var line = lines[i];
            string text = line.Text;
            // Each pattern names a word the line must hold: a vectorised search skips the lines that cannot match
            // (OrdinalIgnoreCase accepts everything the patterns' case-insensitive matching does).
            bool conformed = text.Contains("conformed", StringComparison.OrdinalIgnoreCase);
            if (form is null && (conformed || MayStartWithForm(text)))
            {
                if ((Patterns.FirstMatch(Form, text) ?? Patterns.FirstMatch(Conformed, text)) is { } f)
                {
                    // Both patterns end with the form type, after white space or a colon; the type holds neither.
                    int start = f.Index + f.Length;
                    while (start > f.Index && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != ':') start--;
                    form = (text[start..(f.Index + f.Length)].ToUpperInvariant(), line.Offset + start, f.Index + f.Length - start);
                    formLine = i;
                }
            }
            else if (formLine >= 0 && i - formLine <= 3 && text.Contains("amendment", StringComparison.OrdinalIgnoreCase) && AmendmentLine.IsMatch(text))
            {
                amendmentNumbered = true;
            }
            if (date is null && text.Contains("Date of Report", StringComparison.OrdinalIgnoreCase))
            {
                var mention = DateMention.FindAll(text).FirstOrDefault(d => d.Date is not null) ?? NextDate(lines, i, limit);
                if (mention?.Date is { } d) date = (d, line.Offset + mention.Offset, mention.Length);
            }
            if (name is null && conformed && CompanyName.Match(text) is { Success: true } cn)
            {
                name = (cn.Groups[1].Value.Trim(), line.Offset + cn.Groups[1].Index, cn.Groups[1].Value.Trim().Length);
            }
            if (name is null && text.Contains("exact name of registrant", StringComparison.OrdinalIgnoreCase))
            {
                var previous = Previous(lines, i);
                if (previous is not null) name = (previous.Text.Trim(), previous.Offset + previous.Text.IndexOf(previous.Text.Trim(), StringComparison.Ordinal), previous.Text.Trim().Length);
            }
            if (file is null && text.Contains("Commission File Number", StringComparison.OrdinalIgnoreCase))
            {
                var (m, owner) = Find(FileNo, lines, i);
                if (m is not null) file = (m.Value, owner!.Offset + m.Index, m.Length);
            }
            if (tax is null && (text.Contains("Employer Identification", StringComparison.OrdinalIgnoreCase) || text.Contains("IRS NUMBER", StringComparison.OrdinalIgnoreCase)))
            {
                var (m, owner) = Find(Ein, lines, i);
                if (m is not null) tax = (m.Value, owner!.Offset + m.Index, m.Length);
            }
            if (cik is null && (text.Contains("central", StringComparison.OrdinalIgnoreCase) || MayHoldCik(text)) && Patterns.FirstMatch(CikPattern, text) is { } ck)
            {
                // Both forms end with the number, after a colon, white space or the word before it: no digit precedes it.
                int start = ck.Index + ck.Length;
                while (start > ck.Index && char.IsDigit(text[start - 1])) start--;
                cik = (text[start..(ck.Index + ck.Length)], line.Offset + start, ck.Index + ck.Length - start);
            }
        }
        return new DocumentHeader(form, date, name, file, tax, cik) { AmendmentNumbered = amendmentNumbered };
    }

    /// <summary>
    /// Whether the line may be what <see cref="Form"/> matches: after leading white space (the set <c>\s</c> matches), it
    /// starts with "form" in any case. Searching the whole line let every "information" or "performance" through.
    /// </summary>
    private static bool MayStartWithForm(string text) => text.AsSpan().TrimStart().StartsWith("form", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the line may hold the "CIK" alternative of <see cref="CikPattern"/>: "ci" in any case followed by a letter k
    /// (the pattern ignores case, so the Kelvin sign too). Searching for "ci" alone let every "financial" through.
    /// </summary>
    private static bool MayHoldCik(string text)
    {
        for (int at = text.IndexOf("ci", StringComparison.OrdinalIgnoreCase); at >= 0 && at + 2 < text.Length; at = text.IndexOf("ci", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (text[at + 2] is 'k' or 'K' or '\u212A') return true;
        }
        return false;
    }

    private static DateMention? NextDate(IReadOnlyList<TextLine> lines, int i, int limit)
    {
        for (int j = i + 1; j < limit && j <= i + 3; j++)
        {
            if (DateMention.FindAll(lines[j].Text).FirstOrDefault(d => d.Date is not null) is { } m) return m with { Offset = m.Offset + lines[j].Offset - lines[i].Offset };
        }
        return null;
    }

    private static TextLine? Previous(IReadOnlyList<TextLine> lines, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (lines[j].Kind != LineKind.Blank) return lines[j];
        }
        return null;
    }

    /// <summary>The pattern on the labelled line, else on the nearest non-blank line before it.</summary>
    private static (Match?, TextLine?) Find(Regex pattern, IReadOnlyList<TextLine> lines, int i)
    {
        if (pattern.Match(lines[i].Text) is { Success: true } here) return (here, lines[i]);
        var previous = Previous(lines, i);
        if (previous is not null && pattern.Match(previous.Text) is { Success: true } before) return (before, previous);
        return (null, null);
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
