using Taxonomy.Cli.Output;
using Taxonomy.Concepts;

namespace Taxonomy.Cli.Tests;

public sealed class CsvFormatterTests
{
    private static readonly ConceptCatalog Catalog = new([HandBuilt.Income]);

    [Fact]
    public void One_row_per_fact_after_the_header_in_document_order()
    {
        string[] lines = CsvFormatter.Format([HandBuilt.Result()], Catalog).Split('\n');
        Assert.Equal("source,concept,label,period,value,unit,decimals,line,column,methods", lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(7, lines.Length - 2);
        // The extension fact sits on line 39, before every other fact.
        Assert.Equal("mini.txt,ext:WidgetFees,,2026-07-01/2026-09-30,2223000,iso4217:USD,-3,39,20,extension", lines[1]);
        // A label holding a comma is quoted.
        Assert.Equal("mini.txt,us-gaap:Revenues,\"Revenues, net\",2026-07-01/2026-09-30,6126000,iso4217:USD,-3,40,20,label", lines[2]);
        Assert.Equal("mini.txt,us-gaap:NetIncomeLoss,Net income (loss),2026-07-01/2026-09-30,-9412000,iso4217:USD,-3,42,20,label;narrativeMatched", lines[6]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_RFC_4180_says(string value, string expected) =>
        Assert.Equal(expected, CsvFormatter.Field(value));
}
