using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The phrases that state the power of ten printed numbers are in ("in thousands", "(Millions of dollars)",
/// "000's omitted", "($000s)", "($000)"): one reader for a table's heading, which may say more around the phrase, and for a row
/// label's closing parenthesis, which must say nothing else.
/// </summary>
internal static partial class ScalePhrase
{
    // A bare word is a scale only right after an opening parenthesis ("(Millions)", not "millions of customers"), so a
    // form may begin with the parenthesis it sits in, and the whole-phrase mode takes its text with the parentheses.
    // Each run of white space is one quantifier's: an optional sign or apostrophe takes the run before it ("(?:\s*\$)?"),
    // so no two quantifiers share a run.
    private const string Phrase =
        @"in\s+(?:(?:\$|usd|us\$)\s*)?(?:thousands|millions|billions)" +
        @"|\(?\s*000(?:\s*(?:['\u2019]s?|s))?\s+omitted" +
        @"|\(?(?:\s*\$)?\s*(?:thousands|millions|billions)\s+of\s+(?:u\.?s\.?\s+)?dollars" +
        @"|\((?:\s*\$)?\s*(?:thousands|millions|billions)\b" +
        // A currency's code or sign before the word: "(EUR millions)", "Amounts in: CLP thousands", "(£ millions)".
        @"|(?:\(\s*|\bin(?:\s*:)?\s+)(?:[a-z]{3}|€|£|¥|[a-z]{0,3}\$)\s*(?:thousands|millions|billions)\b" +
        @"|(?:\(|\bin\s)(?:\s*\$)?\s*000(?:\s*['\u2019])?\s*s\b" +
        // "($000)", "($'000)", "(000)", "in $000": thousands, the "s" left out.
        @"|\((?:\s*\$)?(?:\s*['\u2019])?\s*000\s*\)|\bin\s+\$\s*['\u2019]?000\b";

    [GeneratedRegex(Phrase, Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Backtracking { get; }

    // The same pattern, linear whatever the text; built only for text a backtracking engine would take too long on.
    private static Regex Linear => field ??= new(Phrase, Patterns.NonBacktrackingIgnoreCase);

    // Forms begin with white space, so a backtracking engine tries one from every character of a run and scans the rest
    // of the run from each: its work grows with the sum over runs of their lengths squared. Headings and labels stay far
    // below this; text built with runs hundreds of characters long is read by the linear engine, with the same matches.
    private const long BacktrackingWork = 1 << 16;

    private static Regex PatternFor(string text)
    {
        long work = 0;
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsWhiteSpace(c) ? run + 1 : 0;
            work += run;
        }
        return work <= BacktrackingWork ? Backtracking : Linear;
    }

    // Every form of the pattern names one of these words; text without them (most labels and captions) is not matched.
    private static bool MayState(string text) => Patterns.MayContainAny(text, "thousand", "million", "billion", "000");

    /// <summary>The power of ten the first scale phrase in <paramref name="text"/> states, or null when it states none.</summary>
    public static int? Find(string text)
    {
        if (!MayState(text)) return null;
        foreach (var m in PatternFor(text).EnumerateMatches(text)) return PowerOf(text.AsSpan(m.Index, m.Length));
        return null;
    }

    /// <summary>
    /// The power of ten <paramref name="text"/> states when it is a scale phrase and nothing more, give or take the
    /// parentheses, dollar sign, full stop and white space around it ("(in millions)", "($ thousands)"); otherwise null.
    /// </summary>
    public static int? Whole(string text)
    {
        // The first phrase decides: a later one leaves words before it.
        if (!MayState(text)) return null;
        foreach (var m in PatternFor(text).EnumerateMatches(text))
        {
            var before = text.AsSpan(0, m.Index).Trim(" \t\r\n($");
            var after = text.AsSpan(m.Index + m.Length).Trim(" \t\r\n).");
            return before.IsEmpty && after.IsEmpty ? PowerOf(text.AsSpan(m.Index, m.Length)) : null;
        }
        return null;
    }

    /// <summary>
    /// The power of ten a match of <see cref="Phrase"/> states. The pattern captures nothing (NonBacktracking pays a
    /// second pass per match for groups): the forms with a word hold exactly one of thousands, millions, billions and no
    /// other letters that spell them; the "000" forms hold none and state thousands.
    /// </summary>
    private static int PowerOf(ReadOnlySpan<char> match) =>
        match.Contains("millions", StringComparison.OrdinalIgnoreCase) ? 6 : match.Contains("billions", StringComparison.OrdinalIgnoreCase) ? 9 : 3;
}
