using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>One definition of a dash printed for nil, shared by the PDF-text cell splitter and the table row reader.</summary>
public class NilDashTests
{
    [Theory]
    [InlineData("-", true)]
    [InlineData("--", true)]
    [InlineData("\u2013", true)]
    [InlineData("\u2014", true)]
    [InlineData("\u2015", true)]
    [InlineData("\u2212", true)]
    [InlineData("$-", true)]
    [InlineData("$ \u2014", true)]
    [InlineData("\u2014\u2014", true)]
    [InlineData("----------", false)]
    [InlineData("$", false)]
    [InlineData("-5", false)]
    [InlineData("n/a", false)]
    public void A_nil_dash_is_one_or_two_dashes_of_any_kind(string cell, bool nil) => Assert.Equal(nil, NilDash.Is(cell));

    [Theory]
    [InlineData("\u2015")]
    [InlineData("$ \u2212")]
    [InlineData("--")]
    public void The_row_reader_reads_every_nil_dash_as_an_empty_slot(string dash)
    {
        var line = Segmenter.Segment(new SourceText($"Service revenue\t{dash}\t1,700\n"))[0];
        var row = RowReader.Read(line).Row!;
        Assert.Equal(2, row.Values.Count);
        Assert.Null(row.Values[0].Number);
        Assert.Equal(1_700m, row.Values[1].Number!.Value);
    }

    [Theory]
    [InlineData("\u2015")]
    [InlineData("\u2212")]
    [InlineData("$-")]
    public void The_pdf_text_splitter_keeps_every_nil_dash_as_a_cell(string dash) =>
        Assert.Equal($"Service revenue\t1,800\t{dash}\t1,700", SpacedCells.Split($"Service revenue 1,800 {dash} 1,700"));
}
