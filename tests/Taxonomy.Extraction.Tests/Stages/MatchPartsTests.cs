using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// Patterns that capture nothing and read the parts of each match from its text (NonBacktracking pays a second pass per
/// match for groups) must read exactly what the same pattern with capturing groups captures. The capturing patterns
/// here are the specification; the inputs are hand-written cases plus generated strings built from the patterns' pieces.
/// </summary>
public class MatchPartsTests
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex CapturingAmount = new(
        @"\$\s?(\d[\d,]*(?:\.\d+)?)(\s*(?:-|\u2013|to)\s*\$?\d)?(?:\s+(million|billion|thousand))?", Options);

    private static readonly Regex CapturingLength = new(
        @"\b(one|two|three|four|six|nine|twelve|thirteen|fourteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[\s-]+(months?|weeks?)\b|\b(years?|fiscal years?|twelve months)\s+ended\b|\bquarters?\s+ended\b",
        Options);

    public static TheoryData<string> AmountTexts => new()
    {
        "net loss of $9.4 million, or $0.19 per share",
        "revenues of $ 12,500 and $1,250.75 thousand",
        "guidance of $1.2 to $1.5 billion and $3 \u2013 $4 MILLION",
        "a range of $10-12 million; cash of $7. and $8.25",
        "$1,234, then $0.5 Billion then $12 millions",
        "$\u0663\u0664 in other digits, $5,,6 odd commas, $9.\u0661 and $\t7 million",
    };

    [Theory]
    [MemberData(nameof(AmountTexts))]
    public void A_dollar_amount_reads_what_the_capturing_pattern_captures(string text) => AssertSameAmounts(text);

    [Fact]
    public void Generated_dollar_amounts_read_what_the_capturing_pattern_captures()
    {
        string[] pieces = ["$", "$ ", "1", "23", ",", ".", "4", " ", "  ", "-", "\u2013", " to ", "to", " million", " Billion", " THOUSAND", "x", "\u0662", "\t"];
        var random = new Random(20261122);
        for (int i = 0; i < 5000; i++) AssertSameAmounts(Generate(random, pieces));
    }

    public static TheoryData<string> LengthTexts => new()
    {
        "Three Months Ended September 30",
        "13 weeks ended and twenty-six weeks ended",
        "Twelve Months Ended December 31, Fiscal Year Ended and Year Ended",
        "quarter ended, 0 months, 00-week, thirty-nine-week period",
        "fifty-three  weeks; six - month; 12\tMONTHS; \u0661\u0662 months",
    };

    [Theory]
    [MemberData(nameof(LengthTexts))]
    public void A_period_length_reads_what_the_capturing_pattern_captures(string text) => AssertSameLengths(text);

    [Fact]
    public void Generated_period_lengths_read_what_the_capturing_pattern_captures()
    {
        string[] pieces = ["three", "twelve", "twenty-six", "13", "0", "1", " ", "-", " - ", "month", "months", "weeks", "week", "year", "fiscal year", "quarter", " ended", "Ended", "x", "\t", "s"];
        var random = new Random(1122);
        for (int i = 0; i < 5000; i++) AssertSameLengths(Generate(random, pieces));
    }

    private static string Generate(Random random, string[] pieces)
    {
        var text = new System.Text.StringBuilder();
        int count = random.Next(1, 12);
        for (int j = 0; j < count; j++) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    private static void AssertSameAmounts(string text)
    {
        var expected = CapturingAmount.Matches(text).Select(m => (m.Index, m.Length, Range: m.Groups[2].Success, Value: Spec(m))).ToList();
        var actual = new List<(int Index, int Length, bool Range, (decimal?, Decimals) Value)>();
        foreach (var m in DollarAmount.Pattern.EnumerateMatches(text))
        {
            var a = DollarAmount.Read(text, m.Index, m.Length);
            actual.Add((a.Index, a.Length, a.IsRange, a.IsRange ? default : (a.Magnitude, a.Decimals)));
        }
        Assert.Equal(expected.Select(e => e with { Value = e.Range ? default : e.Value }), actual);
    }

    /// <summary>How the reader valued a capturing match before it read the match text itself.</summary>
    private static (decimal?, Decimals) Spec(Match m)
    {
        string digits = m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.');
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)) return (null, default);
        int fraction = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        int power = m.Groups[3].Success ? m.Groups[3].Value.ToLowerInvariant() switch { "million" => 6, "billion" => 9, _ => 3 } : 0;
        decimal scale = 1m;
        for (int i = 0; i < power; i++) scale *= 10m;
        return (value * scale, Decimals.Of(fraction - power));
    }

    private static void AssertSameLengths(string text)
    {
        var expected = CapturingLength.Matches(text).Select(SpecLength).Where(l => l is not null).ToList();
        Assert.Equal(expected, DurationLength.FindAll(text).Cast<DurationLength?>().ToList());
        Assert.Equal(CapturingLength.Match(text) is { Success: true } m ? SpecLength(m) : null, DurationLength.Find(text));
    }

    /// <summary>How a length was read from the groups of a capturing match.</summary>
    private static DurationLength? SpecLength(Match m)
    {
        if (!m.Success) return null;
        if (m.Groups[1].Success)
        {
            string word = m.Groups[1].Value.ToLowerInvariant();
            int n = word switch
            {
                "one" => 1, "two" => 2, "three" => 3, "four" => 4, "six" => 6, "nine" => 9, "twelve" => 12, "thirteen" => 13,
                "fourteen" => 14, "twenty-six" => 26, "thirty-nine" => 39, "fifty-two" => 52, "fifty-three" => 53,
                _ => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : 0,
            };
            if (n <= 0) return null;
            return m.Groups[2].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? new DurationLength(0, n) : new DurationLength(n, 0);
        }
        return m.Groups[3].Success ? new DurationLength(12, 0) : new DurationLength(3, 0);
    }

    private static readonly Regex Bullet = new(@"^\s*(?:[-*+]|\d{1,2}[.)])\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("- Revenues grew")]
    [InlineData("  * item")]
    [InlineData("12. Twelfth")]
    [InlineData("123. Not a bullet")]
    [InlineData("1) first\u00a0")]
    [InlineData("-5 is a number")]
    [InlineData("\u0663. other digits")]
    [InlineData("**bold** is not a bullet")]
    [InlineData("   ")]
    public void A_list_bullet_is_removed_as_the_bullet_pattern_removes_it(string line) =>
        Assert.Equal(Bullet.Replace(line, ""), MarkdownInline.WithoutBullet(line));

    [Fact]
    public void Generated_bullets_are_removed_as_the_bullet_pattern_removes_them()
    {
        string[] pieces = [" ", "\t", "\u2003", "-", "*", "+", "1", "23", "4", ".", ")", "x", "\u0661", "**"];
        var random = new Random(2211);
        for (int i = 0; i < 5000; i++)
        {
            string line = Generate(random, pieces);
            Assert.Equal(Bullet.Replace(line, ""), MarkdownInline.WithoutBullet(line));
        }
    }

    [Theory]
    [InlineData("**Three Months** **Six Months**", "Three Months\tSix Months")]
    [InlineData("__2025__ **2024** __(in millions)__", "2025\t2024\t(in millions)")]
    [InlineData("**Revenues** **[1]**", "Revenues\t")]
    public void Bold_runs_side_by_side_are_header_cells(string line, string cells) =>
        Assert.Equal(cells, MarkdownInline.CleanLine(line));
}
