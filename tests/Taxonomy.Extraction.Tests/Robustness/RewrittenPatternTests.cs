using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// Patterns moved from NonBacktracking to source-generated backtracking, rewritten so that no two quantifiers share a run
/// of white space (or, for a title's listed years, so that no group repeats): on strings built from each pattern's own
/// words, white space and punctuation, the rewrite finds the same matches (where, how long, and the groups read) as the
/// pattern it replaced, run NonBacktracking.
/// </summary>
public class RewrittenPatternTests
{
    private const RegexOptions Before = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private static readonly string[] Spaces = [" ", "  ", "\t", "\u00a0", "   ", ""];
    private static readonly string[] Punctuation = ["(", ")", ",", ".", ":", "$", "'", "\u2019", "x", "1", "20", "2024", "12345", "000", "s", "-"];

    [Fact]
    public void The_scale_phrase_matches_as_before()
    {
        var before = new Regex(
            @"in\s+(?:(?:\$|usd|us\$)\s*)?(?:thousands|millions|billions)" +
            @"|\(?\s*000\s*['\u2019]?s?\s+omitted" +
            @"|\(?\s*(?:\$\s*)?(?:thousands|millions|billions)\s+of\s+(?:u\.?s\.?\s+)?dollars" +
            @"|\(\s*(?:\$\s*)?(?:thousands|millions|billions)\b" +
            @"|(?:\(|\bin\s*:?\s)\s*(?:[a-z]{3}|€|£|¥|[a-z]{0,3}\$)\s*(?:thousands|millions|billions)\b" +
            @"|(?:\(|\bin\s)\s*\$?\s*000\s*['\u2019]?\s*s\b" +
            @"|\(\s*\$?\s*['\u2019]?\s*000\s*\)|\bin\s+\$\s*['\u2019]?000\b", Before);
        var after = Private(typeof(ScalePhrase), "Backtracking");
        AssertSameMatches(before, after, ["in", "IN", "usd", "us$", "thousands", "Millions", "billions", "omitted", "of", "dollars", "u.s.", "U.S. ", "eur", "€", "£", "¥", "c$", "000s", "000's", "in:", "mil"]);
    }

    [Fact]
    public void The_cik_matches_as_before()
    {
        var before = new Regex(@"CENTRAL\s+INDEX\s+KEY:\s*\d{1,10}|\bCIK\s*(?:No\.?|Number)?\s*:?\s*\d{4,10}\b", Before);
        var after = Private(typeof(DocumentHeader), "CikPattern");
        AssertSameMatches(before, after, ["CENTRAL", "INDEX", "KEY:", "CIK", "cik", "No", "No.", "Number", "0001234567", "12345678901", "1234", "NoNumber"]);
    }

    [Fact]
    public void A_title_reads_its_ended_phrases_and_listed_years_as_before()
    {
        const string monthDayYear = @"[A-Za-z]+\.?\s+\d{1,2},?\s*\d{4}";
        var before = new Regex(@"\b(?:periods?\s+|quarters?\s+)?(?:ended|ending)\s+(?<date>" + monthDayYear + @")(?<years>(?:\s*(?:,|and|,\s*and)\s*\d{4}\b)*)", Before);
        string[] words = ["ended", "ending", "Ended", "period", "periods", "quarter", "quarters", "June", "Dec.", "30", "3", "31,", "2025", "2024", "20245", "and", ",", ", and", "and,", "six months"];
        int matched = 0;
        string[] phrases = ["ended June 30, 2025", "Periods Ended Dec. 31 2024", "quarters ending March 3,2023", "ENDED JUNE 30, 2025 AND"];
        foreach (string text in Texts(words, seed: 3, phrases))
        {
            string expected = string.Join(";", before.Matches(text).Select(m => $"{m.Index}+{m.Length} {m.Groups["date"].Index}+{m.Groups["date"].Length} [{m.Groups["years"].Value}]"));
            string actual = string.Join(";", TitlePeriods.EndedPhrases(text).Select(p => $"{p.Phrase.Index}+{p.End - p.Phrase.Index} {p.Phrase.Groups["date"].Index}+{p.Phrase.Groups["date"].Length} [{text[(p.Phrase.Index + p.Phrase.Length)..p.End]}]"));
            Assert.True(expected == actual, $"on \"{text}\": before {expected}, now {actual}");
            if (expected.Length > 0) matched++;
        }
        // The strings must exercise the pattern, listed years included.
        Assert.True(matched > 200, $"only {matched} strings matched");
    }

    private static Regex Private(Type type, string name) =>
        (Regex)type.GetProperty(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

    private static void AssertSameMatches(Regex before, Regex after, string[] words)
    {
        int matched = 0;
        foreach (string text in Texts(words, seed: 1))
        {
            string expected = Show(before.Matches(text)), actual = Show(after.Matches(text));
            Assert.True(expected == actual, $"on \"{text}\": before {expected}, now {actual}");
            if (expected.Length > 0) matched++;
        }
        Assert.True(matched > 200, $"only {matched} strings matched");
    }

    private static string Show(MatchCollection matches) =>
        string.Join(";", matches.Select(m => string.Join("/", m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-"))));

    /// <summary>Strings of the pattern's words (some in capitals), white space and punctuation, from a fixed seed; half of them after one of <paramref name="phrases"/>.</summary>
    private static IEnumerable<string> Texts(string[] words, int seed, string[]? phrases = null)
    {
        var random = new Random(seed);
        for (int k = 0; k < 4000; k++)
        {
            var text = new StringBuilder();
            // Half of them open with one of the phrases, when given, so that the rest of the string decides the match.
            if (phrases is not null && random.Next(2) == 0) text.Append(phrases[random.Next(phrases.Length)]);
            int tokens = random.Next(1, 12);
            for (int t = 0; t < tokens; t++)
            {
                string token = random.Next(10) < 7 ? words[random.Next(words.Length)] : Punctuation[random.Next(Punctuation.Length)];
                text.Append(random.Next(4) == 0 ? token.ToUpperInvariant() : token);
                text.Append(Spaces[random.Next(Spaces.Length)]);
            }
            yield return text.ToString();
        }
    }
}
