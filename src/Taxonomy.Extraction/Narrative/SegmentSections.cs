using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// The parts of a release's prose that report on a segment, a division or a region rather than the consolidated
/// company. A release discusses its segments under headings ("Segment Results", then "Flow Control", "Motion Systems")
/// in the same words as the company's own results ("Net sales were $350.0 million"): read as the company's, each would
/// be a wrong fact wherever the statements do not print the line item. A section opens at a heading naming segments,
/// divisions or regions, or made of region names only ("Europe", "Asia Pacific"); the headings inside it name the
/// segments; it closes at a heading about the company as a whole ("Consolidated…", "Outlook", "Balance Sheet", a
/// statement's title, a line item's name). A heading made of the registrant's own name and a region ("Northwind Canada",
/// "Quillfeather Asia Pacific Limited") names a subsidiary or regional unit and opens a section too. A sentence inside that names the
/// consolidated or total company is still the company's.
/// </summary>
internal static class SegmentSections
{
    private static readonly HashSet<string> SegmentWords = new(StringComparer.Ordinal)
    {
        "segment", "segments", "segmental", "division", "divisions", "geographic", "geographical", "geography", "regional",
    };

    // Heading words about the company as a whole: they close a segment section.
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "consolidated", "company", "companywide", "corporation", "inc", "total", "outlook", "guidance", "forecast", "balance", "cash",
        "liquidity", "capital", "dividend", "dividends", "repurchase", "repurchases", "buyback", "conference", "webcast", "call",
        "about", "forward", "gaap", "reconciliation", "reconciliations", "highlights", "summary", "overview", "financial",
        "statement", "statements", "sheet", "sheets", "contact", "contacts", "investor", "investors", "media", "supplemental",
    };

    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "americas", "america", "north", "south", "latin", "central", "europe", "european", "emea", "eame", "asia", "pacific", "apac",
        "international", "domestic", "us", "u.s", "united", "states", "kingdom", "canada", "mexico", "china", "greater", "japan",
        "middle", "east", "africa", "region", "regions", "and", "&", "/", "rest", "of", "the", "world",
    };

    private static readonly string[] CompanyPhrases = ["consolidated", "total company", "company-wide", "companywide"];

    /// <summary>A section of segment prose: the segment's name as its heading prints it, and the document offsets it spans.</summary>
    private sealed record Section(string Name, TextLine Heading, int Start, int End);

    /// <summary>
    /// The sentences that speak for the company (the rest are left unread), and an informational finding for each
    /// section whose sentences state amounts. <paramref name="owner"/> gives the registrant's name words, which with a
    /// region name a subsidiary's heading.
    /// </summary>
    public static (List<Sentence> Company, List<ValidationFinding> Findings) Exclude(IReadOnlyList<TextLine> lines, List<Sentence> sentences, PhraseIndex phrases, SourceText source,
        SubjectOwner owner)
    {
        var sections = Find(lines, phrases, owner.RegistrantWords);
        var company = new List<Sentence>(sentences.Count);
        var unread = new int[sections.Count];
        var findings = new List<ValidationFinding>();
        int s = 0;
        foreach (var sentence in sentences)
        {
            while (s < sections.Count && sections[s].End <= sentence.Offset) s++;
            bool inside = s < sections.Count && sections[s].Start <= sentence.Offset;
            if (inside && !NamesCompany(sentence.Text))
            {
                if (sentence.Text.Contains('$')) unread[s]++;
                continue;
            }
            if (sentence.Text.Contains('$') && SegmentNamed(sentence.Text) is { } named)
            {
                findings.Add(Findings.Make(Findings.SegmentProse, Severity.Info,
                    $"The sentence names a segment or division (\"{sentence.Text.Substring(named.Start, named.Length)}\"): its amounts are not read as the consolidated company's.",
                    source.Span(sentence.Offset + named.Start, named.Length)));
                continue;
            }
            company.Add(sentence);
        }
        for (int i = 0; i < sections.Count; i++)
        {
            if (unread[i] == 0) continue;
            var (name, heading, start, _) = sections[i];
            findings.Add(Findings.Make(Findings.SegmentProse, Severity.Info,
                $"The prose under \"{name}\" (line {heading.Number}) reports on a segment, division, region or subsidiary, not the consolidated company: its {unread[i]} sentence(s) with amounts are not read.",
                source.Span(start, name.Length)));
        }
        return (company, findings);
    }

    private static List<Section> Find(IReadOnlyList<TextLine> lines, PhraseIndex phrases, IReadOnlyList<string> registrant)
    {
        var sections = new List<Section>();
        var headings = Headings(lines);
        (string Name, TextLine Line, int Start)? open = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!headings[i])
            {
                // Inside a section, a paragraph may open with its segment's name run in ("Motion Systems – Net sales were …").
                if (open is not null && line.Kind == LineKind.Prose && RunInName(line.Text) is { } runIn)
                {
                    int at = line.Offset + line.Text.IndexOf(runIn, StringComparison.Ordinal);
                    sections.Add(new Section(open.Value.Name, open.Value.Line, open.Value.Start, at));
                    open = (runIn, line, at);
                }
                continue;
            }
            string title = Title(line.Text);
            var words = Words(title);
            if (words.Count == 0) continue;
            bool segment = words.Any(SegmentWords.Contains) || words.All(RegionWords.Contains) && words.Any(w => w.Length > 3 && RegionWords.Contains(w))
                || NamesRegionalUnit(words, registrant);
            // A heading that is a line item's name ("Other Income (Expense), Net") discusses the company's figure.
            bool company = !segment && (words.Any(CompanyWords.Contains) || NamesLineItem(title, phrases));
            if (open is null && !segment) continue;
            // Each heading inside the section names the segment its prose is about.
            if (open is not null) sections.Add(new Section(open.Value.Name, open.Value.Line, open.Value.Start, line.Offset));
            open = company ? null : (title, line, line.Offset + Math.Max(0, line.Text.IndexOf(title, StringComparison.Ordinal)));
        }
        if (open is not null) sections.Add(new Section(open.Value.Name, open.Value.Line, open.Value.Start, int.MaxValue));
        return sections;
    }

    /// <summary>
    /// True when a heading's words are the registrant's own name words, region words and corporate suffixes, with at least
    /// one of each of the first two ("Northwind Canada", "Quillfeather Asia Pacific Limited"): a subsidiary or regional unit.
    /// A region word that is part of the registrant's name ("North American Lumber") does not count.
    /// </summary>
    private static bool NamesRegionalUnit(List<string> words, IReadOnlyList<string> registrant)
    {
        if (registrant.Count == 0) return false;
        bool own = false, region = false;
        foreach (string word in words)
        {
            if (registrant.Contains(word)) own = true;
            else if (RegionWords.Contains(word)) region |= word.Length > 3;
            else if (!CompanyNames.IsLegalForm(word)) return false;
        }
        return own && region;
    }

    /// <summary>
    /// Which lines head a section of prose: short lines followed by prose, directly or through other such headings
    /// ("Segment Results", then "Flow Control", then its paragraph). A table's title and column headers are followed by
    /// its rows instead.
    /// </summary>
    private static bool[] Headings(IReadOnlyList<TextLine> lines)
    {
        var headings = new bool[lines.Count];
        bool proseNext = false;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            headings[i] = proseNext && HasHeadingShape(line);
            proseNext = line.Kind == LineKind.Prose || headings[i];
        }
        return headings;
    }

    /// <summary>
    /// The name a paragraph opens with before a dash or a colon: one to six capitalised words (or "&amp;"), no figure.
    /// </summary>
    private static string? RunInName(string text)
    {
        string trimmed = text.TrimStart();
        int end = -1;
        foreach (string mark in RunInMarks)
        {
            int at = trimmed.IndexOf(mark, StringComparison.Ordinal);
            if (at > 0 && (end < 0 || at < end)) end = at;
        }
        if (end < 0 || end > 60) return null;
        string name = trimmed[..end].Trim(NameEmphasis);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6) return null;
        foreach (string word in words)
        {
            if (!(char.IsUpper(word[0]) || word == "&") || word.Any(char.IsDigit) || word.Contains('$')) return null;
        }
        return name;
    }

    private static readonly char[] NameEmphasis = ['*', '_', ' '];

    private static readonly string[] RunInMarks = [" \u2013 ", " \u2014 ", " - ", " -- ", ": "];

    /// <summary>A short line that is no sentence and states no amount.</summary>
    private static bool HasHeadingShape(TextLine line)
    {
        if (line.Kind != LineKind.Heading) return false;
        var text = line.Text.AsSpan().Trim();
        return text.Length > 0 && !text.EndsWith('.') && !text.Contains('$');
    }

    /// <summary>The heading's words without markdown emphasis or heading marks.</summary>
    private static string Title(string text) => text.Trim().Trim(TitleMarks);

    private static readonly char[] TitleMarks = ['#', '*', '_', ' ', ':'];

    // Split on the spans of the title and lowered word by word: lowering never makes or removes a break, a full stop or
    // an apostrophe, so this is the lowered title split, with no lowered copy of the whole title and no array of pieces.
    private static List<string> Words(string title)
    {
        var words = new List<string>();
        var rest = title.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordBreaks);
            var word = (end < 0 ? rest : rest[..end]).TrimEnd('.');
            rest = end < 0 ? default : rest[(end + 1)..];
            if (word.Length >= 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019') word = word[..^2];
            if (word.IsEmpty) continue;
            words.Add(string.Create(word.Length, word, static (into, w) => w.ToLowerInvariant(into)));
        }
        return words;
    }

    private static readonly System.Buffers.SearchValues<char> WordBreaks = System.Buffers.SearchValues.Create(" \u00A0,()-\u2013\u2014");

    /// <summary>
    /// Where a sentence names one segment or division ("the Motion Systems segment", "the segment's", "Industrial
    /// Division"): the singular word, with the capitalised name before it. The plural ("all segments") names none.
    /// </summary>
    private static (int Start, int Length)? SegmentNamed(string sentence)
    {
        foreach (string word in SingularWords)
        {
            int from = 0;
            while (from < sentence.Length)
            {
                int at = sentence.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                from = at + word.Length;
                bool starts = at == 0 || !char.IsLetter(sentence[at - 1]);
                bool ends = from == sentence.Length || !char.IsLetter(sentence[from]);
                if (!starts || !ends) continue;
                // The capitalised words before it are the segment's name.
                int start = at;
                while (true)
                {
                    int end = start;
                    while (end > 0 && sentence[end - 1] == ' ') end--;
                    int w = end;
                    while (w > 0 && (char.IsLetter(sentence[w - 1]) || sentence[w - 1] is '&' or '-' or '\'' or '\u2019')) w--;
                    if (w == end || !(char.IsUpper(sentence[w]) || sentence[w] == '&')) break;
                    start = w;
                }
                return (start, from - start);
            }
        }
        return null;
    }

    private static readonly string[] SingularWords = ["segment", "division"];

    private static bool NamesLineItem(string title, PhraseIndex phrases)
    {
        string normalized = new NormalizedText(title).Text;
        return phrases.StartingAt(normalized, 1) is { } phrase && phrase.End == normalized.Length - 1;
    }

    private static bool NamesCompany(string sentence)
    {
        foreach (string phrase in CompanyPhrases)
        {
            if (sentence.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
