using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A per-share row that says neither basic nor diluted but points to a footnote under the statement that does ("Net income
/// per share (1)" / "(1) Basic and diluted net income per share are the same because …"). Fictional company and figures.
/// </summary>
public class PerShareFootnoteTests
{
    private static ExtractionResult Extract(string text, string name = "halvorsen.txt") => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    private static string Release(string perShareLabel, string footnote) => $"""
        Halvorsen Gearworks Reports Third Quarter 2031 Results

        DULUTH, Minn., October 28, 2031 -- Halvorsen Gearworks, Inc. (NYSE: HGW) today reported results for the third quarter ended September 30, 2031.

        HALVORSEN GEARWORKS, INC.
        CONSOLIDATED STATEMENTS OF OPERATIONS
        (in thousands, except per share amounts)
        	Three Months Ended September 30,
        	2031	2030
        Net sales	$	48,000	$	45,000
        Cost of sales		30,000		29,000
        Gross profit		18,000		16,000
        Operating expenses		12,000		11,000
        Income before income taxes		6,000		5,000
        Income tax expense		1,500		1,250
        Net income	$	4,500	$	3,750
        {perShareLabel}	$	0.45	$	0.38
        Weighted average shares outstanding		10,000		9,900

        {footnote}

        For more information contact investor relations at the company.
        """;

    [Fact]
    public void A_footnote_saying_basic_and_diluted_are_the_same_names_the_row_basic_and_diluted()
    {
        var result = Extract(Release("Net income per share (1)", "(1) Basic and diluted net income per share are the same because the company has no dilutive securities."));

        Assert.Equal(0.45m, result.Value("EarningsPerShareBasicAndDiluted", "2031-07-01/2031-09-30"));
        Assert.Equal(0.38m, result.Value("EarningsPerShareBasicAndDiluted", "2030-07-01/2030-09-30"));
        Assert.Equal(10_000_000m, result.Value("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "2031-07-01/2031-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("NetIncomePerShare", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.RuleId == Findings.RowReading && f.Message.Contains("footnote (1)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_footnote_of_one_word_names_the_row_diluted()
    {
        var result = Extract(Release("Net income per share(1)", "(1) Diluted."));

        Assert.Equal(0.45m, result.Value("EarningsPerShareDiluted", "2031-07-01/2031-09-30"));
        Assert.Equal(0.38m, result.Value("EarningsPerShareDiluted", "2030-07-01/2030-09-30"));
        Assert.Null(result.Value("EarningsPerShareBasic", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void A_footnote_about_something_else_leaves_the_row_as_printed()
    {
        // Control: the footnote speaks of diluted earnings but does not say the row is that amount.
        var result = Extract(Release("Net income per share (1)", "(1) Diluted net income per share excludes 40 thousand options because they are anti-dilutive."));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
        Assert.Contains(result.Report.Facts, f => f.NumericValue == 0.45m);
        Assert.Equal(4_500_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void A_footnote_for_another_marker_leaves_the_row_as_printed()
    {
        var result = Extract(Release("Net income per share (1)", "(2) Basic and diluted."));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dropped_superscript_marker_is_made_up_for_by_a_footnote_naming_the_row_by_its_words()
    {
        string html = "<html><body><p>DULUTH, Minn., October 28, 2031 -- Halvorsen Gearworks, Inc. (NYSE: HGW) today reported results for the third quarter ended September 30, 2031.</p>" +
            "<p><b>CONSOLIDATED STATEMENTS OF OPERATIONS</b></p><p>(in thousands, except per share amounts)</p><table>" +
            "<tr><td></td><td colspan=\"2\">Three Months Ended September 30,</td></tr><tr><td></td><td>2031</td><td>2030</td></tr>" +
            "<tr><td>Net sales</td><td>48,000</td><td>45,000</td></tr><tr><td>Cost of sales</td><td>52,500</td><td>48,750</td></tr>" +
            "<tr><td>Net loss</td><td>(4,500)</td><td>(3,750)</td></tr>" +
            "<tr><td>Net loss per share<sup>(a)</sup></td><td>(0.45)</td><td>(0.38)</td></tr></table>" +
            "<p>(a) Basic and diluted net loss per share are the same because the company reported a net loss in each period.</p>" +
            "<p>Halvorsen Gearworks makes gears for farm equipment and mining conveyors.</p></body></html>";

        var result = Extract(html, "halvorsen.htm");

        Assert.Equal(-0.45m, result.Value("EarningsPerShareBasicAndDiluted", "2031-07-01/2031-09-30"));
        Assert.Equal(-0.38m, result.Value("EarningsPerShareBasicAndDiluted", "2030-07-01/2030-09-30"));
    }
}
