using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A label that names only the loss side of an income-or-loss line item ("loss from operations", "operating loss") states
/// a loss: "loss from operations was $4.1 million" is −4.1 million of operating income (loss), never +4.1 million. Fictional company.
/// </summary>
public class ProseLossSideTests
{
    private const string Opening = "Larkspur Freight Corp. today reported results for the third quarter ended September 30, 2031.\n\n";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "larkspur.txt" });

    [Theory]
    [InlineData("Loss from operations was $4.1 million, compared with $9.8 million in the third quarter of 2030.")]
    [InlineData("Loss from operations narrowed to $4.1 million from $9.8 million in the third quarter of 2030.")]
    [InlineData("Operating loss was $4.1 million, compared with $9.8 million in the third quarter of 2030.")]
    public void A_loss_side_label_reads_the_amount_as_a_loss(string sentence)
    {
        var result = Extract(sentence);

        Assert.Equal(-4_100_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(-9_800_000m, result.Value("OperatingIncomeLoss", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void Income_from_operations_stays_positive()
    {
        var result = Extract("Income from operations was $4.1 million, compared with $9.8 million in the third quarter of 2030.");

        Assert.Equal(4_100_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(9_800_000m, result.Value("OperatingIncomeLoss", "2030-07-01/2030-09-30"));
    }
}
