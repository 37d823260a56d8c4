using System.Text.RegularExpressions;
using Taxonomy.Extraction.Narrative;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// <c>\d</c> in a pattern matches any script's decimal digits ("٢٠٢٥"), which no year or day reader here understands:
/// such a phrase names no period and extraction goes on (it threw FormatException, the CLI's "internal error").
/// </summary>
public class OtherScriptDigitsTests
{
    [Theory]
    [InlineData("Northwind Widgets reported a net loss of $1.2 million for the first quarter of fiscal \u0662\u0660\u0662\u0665, compared to $0.9 million.\n")]
    [InlineData("Its fiscal year ending June \u0663\u0660 began well. Revenue was $3.4 million in the first three months of fiscal year \u0662\u0660\u0662\u0665.\n")]
    [InlineData("Results for the second quarter of the company's fiscal year \u0662\u0660\u0662\u0665 were in line.\n")]
    public void A_period_phrase_in_other_digits_names_no_period(string text)
    {
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "digits.txt" });

        Assert.DoesNotContain(result.Report.Facts, f => f.Period.End.Year is < 1900 or > 2100);
    }

    private static readonly Regex CapturingFiscalPart = new(
        @"\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)(\d{4})|\bfirst\s+(three|six|nine|twelve)\s+months\s+of\s+(?:fiscal\s+(?:year\s+)?)(\d{4})",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("the third quarter of fiscal 2026 and the first nine months of fiscal year 2026")]
    [InlineData("FOURTH  QUARTER\tFISCAL YEAR 1999; first twelve months of fiscal 2001")]
    [InlineData("first six\u2003months of fiscal 2010, second quarter of fiscal \u0662\u0660\u0662\u0665")]
    public void A_fiscal_part_reads_what_the_capturing_pattern_captures(string text)
    {
        foreach (Match m in CapturingFiscalPart.Matches(text))
        {
            bool ascii = int.TryParse(m.Groups[m.Groups[2].Success ? 2 : 4].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year);
            var read = ProsePeriods.ReadFiscalPart(text.AsSpan(m.Index, m.Length));
            if (!ascii)
            {
                Assert.Null(read);
                continue;
            }
            int quarters = m.Groups[1].Success
                ? m.Groups[1].Value.ToLowerInvariant() switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 }
                : m.Groups[3].Value.ToLowerInvariant() switch { "three" => 3, "six" => 6, "nine" => 9, _ => 12 } / 3;
            bool fiscal = m.Value.Contains("fiscal", StringComparison.OrdinalIgnoreCase);
            Assert.Equal<ProsePeriods.FiscalPartMention?>(new ProsePeriods.FiscalPartMention(0, quarters, year, !m.Groups[1].Success) { Fiscal = fiscal }, read);
        }
    }
}
