using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A statement title wrapped over several lines whose period line has as many words as running text ("YEAR ENDED
/// DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)"): such a line, printed between the title and the
/// first table row, names a date and ends no sentence, so it continues the title instead of ending the table. The line
/// that closes its open range ("TO DECEMBER 31, 2024") belongs to the title too, not to the column header.
/// </summary>
internal static partial class TitleContinuation
{
    private const int MaxLength = 160;

    [GeneratedRegex(@"^(?:to|through)\s", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ClosingRange { get; }

    /// <summary>True when the line at <paramref name="index"/> continues the title at <paramref name="title"/>.</summary>
    public static bool Continues(IReadOnlyList<TextLine> lines, int title, int index)
    {
        var line = lines[index];
        if (line.Kind == LineKind.Prose) return IsPeriodLine(line.Text) && OnlyTitleLinesBetween(lines, title, index);
        if (line.Kind != LineKind.Heading || !MayCloseRange(line.Text) || !ClosingRange.IsMatch(line.Text.Trim()) || !HasDatedYear(line.Text)) return false;
        int previous = index - 1;
        while (previous > title && lines[previous].Kind == LineKind.Blank) previous--;
        return previous > title && lines[previous].Kind == LineKind.Prose && Continues(lines, title, previous) && OpensRange(lines[previous].Text);
    }

    // A line that closes a range starts with "to" or "through": its first character is a t (or a non-ASCII letter that
    // case-insensitive matching may take for one), so the pattern runs on few lines.
    private static bool MayCloseRange(string text) => text.AsSpan().TrimStart() is [var first, ..] && (first is 't' or 'T' || !char.IsAscii(first));

    private static bool OnlyTitleLinesBetween(IReadOnlyList<TextLine> lines, int title, int index)
    {
        for (int j = title + 1; j < index; j++)
        {
            var line = lines[j];
            if (line.Kind == LineKind.Tabular || (line.Kind == LineKind.Prose && !IsPeriodLine(line.Text))) return false;
        }
        return true;
    }

    private static bool IsPeriodLine(string line)
    {
        string text = line.Trim();
        if (text.Length == 0 || text.Length > MaxLength) return false;
        if (text.EndsWith('.') || text.EndsWith(':') || text.Contains(". ", StringComparison.Ordinal)) return false;
        return HasDatedYear(text);
    }

    /// <summary>"... period from March 3, 2024 (inception)": a range whose end is printed on the next line.</summary>
    private static bool OpensRange(string text)
    {
        var words = Taxonomy.Concepts.LabelNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int from = Array.LastIndexOf(words, "from");
        return from >= 0 && !words.Skip(from).Any(w => w is "to" or "through");
    }

    private static bool HasDatedYear(string text) => DateMention.Any(text, withYear: true);
}
