using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A holding company's release that also prints its utility subsidiary's statements under the subsidiary's name: those
/// figures are the subsidiary's, never the registrant's. Fictional companies and figures.
/// </summary>
public class SubsidiaryStatementTests
{
    private const string Release =
        "RICHMOND, Va., October 30, 2031 -- Ashgrove Energy Holdings, Inc. (NYSE: AGEH) today reported results for the third quarter ended September 30, 2031.\n\n" +
        "                     ASHGROVE ENERGY HOLDINGS, INC.\n" +
        "               CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
        "                              (in millions)\n\n" +
        "                                                  Three Months Ended\n" +
        "                                                     September 30,\n" +
        "                                                  2031          2030\n" +
        "Operating revenues                              $  2,400      $  2,200\n" +
        "Operating expenses                                 1,900         1,760\n" +
        "Operating income                                     500           440\n" +
        "Income tax expense                                   120           110\n" +
        "Net income                                      $    380      $    330\n\n";

    private static string BalanceSheet(string nameLines) =>
        nameLines +
        "                   CONDENSED CONSOLIDATED BALANCE SHEETS\n" +
        "                              (in millions)\n\n" +
        "                                              September 30,  December 31,\n" +
        "                                                  2031          2030\n" +
        "Cash and cash equivalents                       $     40      $     35\n" +
        "Total assets                                    $ 19,000      $ 18,500\n" +
        "Total liabilities                               $ 12,000      $ 11,700\n";

    [Theory]
    [InlineData("                 ASHGROVE ELECTRIC AND GAS COMPANY\n")]
    [InlineData("                  (a wholly owned subsidiary of the Company)\n")]
    public void A_statement_printed_under_a_subsidiarys_name_is_not_the_registrants(string nameLines)
    {
        var result = FilingExtractor.Extract(Release + BalanceSheet(nameLines), new ExtractionOptions { SourceName = "ashgrove.txt" });

        Assert.Null(result.Value("Assets", "2031-09-30"));
        Assert.Null(result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-09-30"));
        Assert.Contains(result.Findings, f => f.RuleId == Findings.SkippedTable && f.Message.Contains("an entity other than the registrant", StringComparison.Ordinal));
        Assert.Equal(2_400_000_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
    }

    [Theory]
    [InlineData("                     ASHGROVE ENERGY HOLDINGS, INC.\n")]
    [InlineData("             Ashgrove Energy Holdings Inc. and Subsidiaries\n")]
    [InlineData("                              THE COMPANY\n")]
    [InlineData("")]
    public void The_registrants_own_name_or_none_keeps_the_statement(string nameLines)
    {
        var result = FilingExtractor.Extract(Release + BalanceSheet(nameLines), new ExtractionOptions { SourceName = "ashgrove.txt" });

        Assert.Equal(19_000_000_000m, result.Value("Assets", "2031-09-30"));
        Assert.Equal(18_500_000_000m, result.Value("Assets", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }

    private static string ReleaseBy(string issuer) =>
        Release.Replace("Ashgrove Energy Holdings, Inc. (NYSE: AGEH)", issuer + " (NYSE: AGEH)", StringComparison.Ordinal)
            .Replace("ASHGROVE ENERGY HOLDINGS, INC.\n", "\n", StringComparison.Ordinal);

    // The release names the issuer one way, its statements another: initials, a name run together or with its
    // apostrophe dropped, a shorter or longer form, or a group ending the comparison used to keep.
    [Theory]
    [InlineData("IBE", "           INTERNATIONAL BOLT EXCHANGE CORPORATION AND SUBSIDIARY COMPANIES\n")]
    [InlineData("A&G", "                      ALDEN & GRAY COMPANY\n")]
    [InlineData("Harlans Corp.", "                   HARLAN'S CORPORATION AND SUBSIDIARIES\n")]
    [InlineData("Westmart", "                      WEST-MART STORES, INC.\n")]
    [InlineData("Tilly", "                      ELI TILLY AND COMPANY\n")]
    [InlineData("Ashgrove Energy Holdings, Inc.", "     ASHGROVE ENERGY HOLDINGS, INC. AND ITS CONSOLIDATED SUBSIDIARIES\n")]
    [InlineData("Ashgrove Energy Holdings, Inc.", "        ASHGROVE ENERGY HOLDINGS, INC. AND CONSOLIDATED AFFILIATES\n")]
    public void The_registrant_under_another_form_of_its_name_keeps_the_statement(string issuer, string nameLines)
    {
        var result = FilingExtractor.Extract(ReleaseBy(issuer) + BalanceSheet(nameLines), new ExtractionOptions { SourceName = "ashgrove.txt" });

        Assert.Equal(19_000_000_000m, result.Value("Assets", "2031-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }

    // Controls: names that only share a word or an initial with the issuer's stay another entity's.
    [Theory]
    [InlineData("Ashgrove Bancorp", "                        ASHGROVE BANK\n")]
    [InlineData("IBE", "                   INTERNATIONAL BOLT COMPANY\n")]
    [InlineData("IBE", "              IRONBRIDGE EXCHANGE HOLDINGS, INC.\n")]
    [InlineData("Ashgrove Energy Holdings, Inc.", "                 ASHGROVE ELECTRIC AND GAS COMPANY\n")]
    public void A_name_sharing_only_part_of_the_issuers_is_another_entity(string issuer, string nameLines)
    {
        var result = FilingExtractor.Extract(ReleaseBy(issuer) + BalanceSheet(nameLines), new ExtractionOptions { SourceName = "ashgrove.txt" });

        Assert.Null(result.Value("Assets", "2031-09-30"));
        Assert.Contains(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }
}
