using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A life insurer's statement of income prints its benefits as "Policyholders' benefits": it was an extension beside
/// the us-gaap lines of the same total (interest credited, amortization of acquisition costs). It is the insurer's
/// benefits and claims item. Fictional company, figures that foot.
/// </summary>
public class LifeInsurerStatementTests
{
    private static string Line(string label, string now, string before) => label.PadRight(60) + now.PadLeft(10) + before.PadLeft(10) + "\n";

    private const string Year = "2031-01-01/2031-12-31";

    private static string Statement(string benefitsLabel) =>
        "Corvane Life Group, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n"
        + new string(' ', 60) + "Year Ended December 31,".PadLeft(20) + "\n" + new string(' ', 60) + "2031".PadLeft(10) + "2030".PadLeft(10) + "\n"
        + Line("Revenues:", "", "") + Line("Premiums", "400,000", "380,000") + Line("Net investment income", "250,000", "240,000")
        + Line("Realized investment gains (losses), net", "(5,000)", "10,000") + Line("Total revenues", "645,000", "630,000")
        + Line("Benefits and expenses:", "", "") + Line(benefitsLabel, "380,000", "360,000")
        + Line("Interest credited to policyholders' account balances", "120,000", "115,000")
        + Line("Amortization of deferred policy acquisition costs", "30,000", "28,000")
        + Line("General and administrative expenses", "40,000", "42,000")
        + Line("Total benefits and expenses", "570,000", "545,000")
        + Line("Income before income taxes", "75,000", "85,000") + Line("Income tax expense", "15,000", "17,000")
        + Line("Net income", "60,000", "68,000");

    [Theory]
    [InlineData("Policyholders' benefits")]
    [InlineData("Policyholder benefits")]
    [InlineData("Policyholder benefits and claims")]
    public void Policyholders_benefits_are_the_benefits_and_claims_item(string label)
    {
        var result = FilingExtractor.Extract(Statement(label), new ExtractionOptions { SourceName = "corvane.txt" });

        Assert.Equal(380_000_000m, result.Value("PolicyholderBenefitsAndClaimsIncurredNet", Year));
        Assert.Equal(570_000_000m, result.Value("BenefitsLossesAndExpenses", Year));
        Assert.Equal(645_000_000m, result.Value("Revenues", Year));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
    }
}
