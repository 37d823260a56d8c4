using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// An HTML row with blank cells ("Restructuring charges" printed only under the nine-month columns, earnings per share
/// with no figure under "Adjustments") puts each figure in the column of its cell, counted after the colspans, not in the
/// first columns. Fictional company and figures: gross profit − SG&amp;A − restructuring = operating income in every column.
/// </summary>
public class ShortRowPositionTests
{
    private const string Opening =
        "<html><body><p>OAK BLUFF, Ohio, October 20, 2031 -- Bramblewick Goods, Inc. (NYSE: BRMW) today reported results for the third quarter ended September 30, 2031.</p>"
        + "<p><b>CONSOLIDATED STATEMENTS OF INCOME</b></p><p>(in thousands, except per share amounts)</p><table>"
        + "<tr><td></td><td colspan=\"4\">Three Months Ended September 30,</td><td colspan=\"4\">Nine Months Ended September 30,</td></tr>"
        + "<tr><td></td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>";

    private static string Row(string label, params string[] figures) =>
        "<tr><td>" + label + "</td>" + string.Concat(figures.Select(f => "<td></td><td>" + f + "</td>")) + "</tr>";

    private static ExtractionResult Extract(string html) => FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "bramblewick.htm" });

    [Fact]
    public void A_row_printed_only_under_the_year_to_date_columns_is_read_for_them()
    {
        string html = Opening
            + Row("Gross profit", "30,000", "26,000", "85,000", "72,000")
            + Row("Selling, general and administrative", "18,000", "16,000", "52,000", "47,000")
            + Row("Restructuring charges", "", "", "3,000", "1,000")
            + Row("Operating income", "12,000", "10,000", "30,000", "24,000")
            + "</table></body></html>";
        var result = Extract(html);
        Assert.Equal(3_000_000m, result.Value("RestructuringCharges", "2031-01-01/2031-09-30"));
        Assert.Equal(1_000_000m, result.Value("RestructuringCharges", "2030-01-01/2030-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2031-07-01/2031-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2030-07-01/2030-09-30"));
        // Control: the full rows are read as before.
        Assert.Equal(12_000_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(24_000_000m, result.Value("OperatingIncomeLoss", "2030-01-01/2030-09-30"));
    }

    [Fact]
    public void A_row_printed_under_the_first_columns_stays_there()
    {
        // Control: blank cells after the figures move nothing.
        string html = Opening
            + Row("Gross profit", "30,000", "26,000", "85,000", "72,000")
            + Row("Selling, general and administrative", "18,000", "16,000", "52,000", "47,000")
            + Row("Restructuring charges", "3,000", "1,000", "", "")
            + Row("Operating income", "9,000", "9,000", "33,000", "25,000")
            + "</table></body></html>";
        var result = Extract(html);
        Assert.Equal(3_000_000m, result.Value("RestructuringCharges", "2031-07-01/2031-09-30"));
        Assert.Equal(1_000_000m, result.Value("RestructuringCharges", "2030-07-01/2030-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2031-01-01/2031-09-30"));
    }

    [Fact]
    public void Earnings_per_share_with_a_blank_adjustments_cell_keeps_both_as_reported_figures()
    {
        string html = "<html><body><p>OAK BLUFF, Ohio, October 20, 2031 -- Bramblewick Goods, Inc. (NYSE: BRMW) today reported results for the third quarter ended September 30, 2031.</p>"
            + "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b></p><p>(in thousands, except per share amounts)</p><table>"
            + "<tr><td></td><td colspan=\"6\">Three Months Ended September 30, 2031</td><td colspan=\"2\">Three Months Ended September 30, 2030</td></tr>"
            + "<tr><td></td><td colspan=\"2\">As Reported</td><td colspan=\"2\">Adjustments</td><td colspan=\"2\">Non-GAAP</td><td colspan=\"2\">As Reported</td></tr>"
            + Row("Operating income", "9,000", "3,000", "12,000", "7,000")
            + Row("Net income", "6,800", "2,400", "9,200", "5,280")
            + Row("Diluted net income per share", "0.67", "", "0.90", "0.52")
            + Row("Diluted weighted average shares", "10,200", "—", "10,200", "10,200")
            + "</table></body></html>";
        var result = Extract(html);
        Assert.Equal(0.67m, result.Value("EarningsPerShareDiluted", "2031-07-01/2031-09-30"));
        Assert.Equal(0.52m, result.Value("EarningsPerShareDiluted", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 0.90m);
        // Control: the rows with every cell filled keep their as-reported figures.
        Assert.Equal(6_800_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(5_280_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
    }

    private const string SpacedRelease =
        "Bramblewick Goods, Inc. today reported results for the third quarter ended September 30, 2031.\n\n" +
        "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n" +
        "Three Months Ended September 30, Nine Months Ended September 30,\n" +
        "2031 2030 2031 2030\n" +
        "Net sales $ 80,000 $ 70,000 $ 230,000 $ 200,000\n" +
        "Cost of sales 50,000 44,000 145,000 128,000\n" +
        "Gross profit 30,000 26,000 85,000 72,000\n" +
        "Selling, general and administrative 18,000 16,000 52,000 47,000\n";

    private static ExtractionResult ExtractText(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "bramblewick.txt" });

    [Fact]
    public void A_short_row_of_single_spaced_text_is_read_where_the_calculations_foot()
    {
        // PDF text: nothing on the line says the two figures are the nine-month columns'; operating income foots only so.
        var result = ExtractText(SpacedRelease + "Restructuring charges 3,000 1,000\nOperating income 12,000 10,000 30,000 24,000\n");
        Assert.Equal(3_000_000m, result.Value("RestructuringCharges", "2031-01-01/2031-09-30"));
        Assert.Equal(1_000_000m, result.Value("RestructuringCharges", "2030-01-01/2030-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2031-07-01/2031-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2030-07-01/2030-09-30"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-reading" && f.Message.Contains("read under columns 3, 4", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
        // Control: the full rows are read in order.
        Assert.Equal(12_000_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(24_000_000m, result.Value("OperatingIncomeLoss", "2030-01-01/2030-09-30"));
    }

    [Fact]
    public void A_short_row_printed_under_the_quarters_is_read_for_them()
    {
        // Control: the same figures under the quarter columns, where operating income takes them.
        var result = ExtractText(SpacedRelease + "Restructuring charges 3,000 1,000\nOperating income 9,000 9,000 33,000 25,000\n");
        Assert.Equal(3_000_000m, result.Value("RestructuringCharges", "2031-07-01/2031-09-30"));
        Assert.Equal(1_000_000m, result.Value("RestructuringCharges", "2030-07-01/2030-09-30"));
        Assert.Null(result.Value("RestructuringCharges", "2031-01-01/2031-09-30"));
    }

    [Fact]
    public void A_short_row_no_placement_foots_is_not_reported()
    {
        // Operating income leaves 2,000 and 1,500 for the nine months: no placement of 3,000 and 1,000 foots.
        var result = ExtractText(SpacedRelease + "Restructuring charges 3,000 1,000\nOperating income 12,000 10,000 31,000 23,500\n");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "RestructuringCharges");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-skipped" && f.Message.Contains("Restructuring charges", StringComparison.Ordinal)
            && f.Message.Contains("no placement", StringComparison.Ordinal));
        Assert.Equal(31_000_000m, result.Value("OperatingIncomeLoss", "2031-01-01/2031-09-30"));
    }

    [Fact]
    public void A_short_row_with_no_calculation_to_check_is_not_reported()
    {
        // No total below it: nothing tells the quarter columns from the nine-month ones.
        var result = ExtractText(SpacedRelease + "Restructuring charges 3,000 1,000\n");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "RestructuringCharges");
        // Figures printed and left unread are a warning, not an info like a ratio row's.
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-skipped" && f.Message.Contains("Restructuring charges", StringComparison.Ordinal)
            && f.Severity == Taxonomy.Validation.Severity.Warning);
        Assert.Equal(52_000_000m, result.Value("SellingGeneralAndAdministrativeExpense", "2031-01-01/2031-09-30"));
    }

    [Fact]
    public void A_full_row_of_single_spaced_text_is_read_in_order()
    {
        // Control: a row with a figure under every column, nil dashes included, is read in order.
        var result = ExtractText(SpacedRelease + "Restructuring charges \u2014 \u2014 3,000 1,000\nOperating income 12,000 10,000 30,000 24,000\n");
        Assert.Equal(3_000_000m, result.Value("RestructuringCharges", "2031-01-01/2031-09-30"));
        Assert.Equal(1_000_000m, result.Value("RestructuringCharges", "2030-01-01/2030-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.row-skipped" or "extract.row-reading");
    }
}
