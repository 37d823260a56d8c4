using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Tests.Stages;

public class NumberParserTests
{
    [Theory]
    [InlineData("1,234", "1234", 0)]
    [InlineData("(9,412)", "-9412", 0)]
    [InlineData("-512", "-512", 0)]
    [InlineData("$ (0.19)", "-0.19", 2)]
    [InlineData("1,234.5", "1234.5", 1)]
    [InlineData("$1,000,000", "1000000", 0)]
    [InlineData("( 7 )", "-7", 0)]
    [InlineData("<8,000>", "-8000", 0)]
    [InlineData("$ <0.25>", "-0.25", 2)]
    [InlineData("2,000-", "-2000", 0)]
    [InlineData("$ 1,500.5-", "-1500.5", 1)]
    [InlineData("$ .93", "0.93", 2)]
    [InlineData(".5", "0.5", 1)]
    [InlineData("(.07)", "-0.07", 2)]
    public void Reads_clean_numbers_exactly(string text, string expected, int fraction)
    {
        var reading = NumberParser.ParseSingle(text, 0);
        Assert.NotNull(reading);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
        Assert.Equal(fraction, reading.FractionDigits);
        Assert.Equal(NumberQuality.Clean, reading.Quality);
    }

    [Theory]
    [InlineData(".")]
    [InlineData(".5.3")]
    [InlineData(".500,000")]
    [InlineData("$ .")]
    public void A_point_without_a_fraction_after_it_is_no_number(string text) => Assert.Null(NumberParser.ParseSingle(text, 0));

    [Fact]
    public void A_space_inside_digit_groups_is_a_suspect_separator()
    {
        var reading = NumberParser.ParseSingle("15 538", 0)!;
        Assert.Equal(15538m, reading.Value);
        Assert.Equal(NumberQuality.SpaceSeparated, reading.Quality);
        Assert.True(reading.IsSuspect);
    }

    [Fact]
    public void A_point_before_three_digits_is_ambiguous_and_the_table_decides()
    {
        var reading = NumberParser.ParseSingle("11.860", 0)!;
        Assert.Equal(NumberQuality.AmbiguousPoint, reading.Quality);
        Assert.Equal(11.860m, reading.Value);
        Assert.Equal(11860m, reading.SeparatorReading);
        Assert.Equal(11860m, CellValues.Preferred(reading, integerTable: true));
        Assert.Equal(11.860m, CellValues.Preferred(reading, integerTable: false));
    }

    [Theory]
    [InlineData("0.125", "0.125")]
    [InlineData("$ 0.270", "0.27")]
    [InlineData("(0.074)", "-0.074")]
    public void A_point_after_a_lone_zero_is_a_decimal_point(string text, string expected)
    {
        // A first digit group never starts with a zero, so "0.125" cannot be 125 with a thousands point.
        var reading = NumberParser.ParseSingle(text, 0)!;
        Assert.Equal(NumberQuality.Clean, reading.Quality);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CellValues.Preferred(reading, integerTable: true));
    }

    [Theory]
    [InlineData("0,450")]
    [InlineData("(0,125)")]
    [InlineData("0,45")]
    [InlineData("1.234,5")]
    public void A_decimal_comma_is_not_read_as_a_thousands_comma(string text) => Assert.Null(NumberParser.ParseSingle(text, 0));

    [Theory]
    [InlineData("1,23")]
    [InlineData("12,34,567")]
    [InlineData("(45")]
    [InlineData("abc")]
    [InlineData("12%")]
    [InlineData("<1%")]
    [InlineData("<0.5")]
    [InlineData("<8,000)")]
    [InlineData("(8,000>")]
    [InlineData("8,000>")]
    [InlineData("-1,000-")]
    [InlineData("2030-2031")]
    [InlineData("2,000--")]
    public void Text_that_is_not_one_number_is_not_read(string text) => Assert.Null(NumberParser.ParseSingle(text, 0));

    [Fact]
    public void A_run_of_numbers_is_a_second_printing()
    {
        var run = NumberParser.ParseRun("$ 2,100 $ 950 (310) 17", 0, allowSpaceGroups: false);
        Assert.NotNull(run);
        Assert.Equal([2100m, 950m, -310m, 17m], run.Select(r => r.Value));
    }

    [Theory]
    [InlineData("Total revenues")]
    [InlineData("$")]
    [InlineData("  ")]
    public void Text_without_a_digit_is_no_run(string text) => Assert.Null(NumberParser.ParseRun(text, 0, allowSpaceGroups: false));

    [Fact]
    public void Markup_debris_is_stripped_and_an_emptied_cell_is_a_lost_value()
    {
        var cells = Segmentation.Segmenter.SplitCells("<u> </u>\t\t.\t4,188\t<b>$</b>\t(12)", 0);
        var (row, runs) = RowReader.Read(new Segmentation.TextLine(0, 0, "x", cells, Segmentation.LineKind.Tabular));
        Assert.Empty(runs);
        Assert.NotNull(row);
        Assert.Collection(row.Values,
            v => Assert.True(v.Lost),
            v => Assert.Equal(4188m, v.Number!.Value),
            v => Assert.Equal(-12m, v.Number!.Value));
    }

    [Fact]
    public void An_amount_in_angle_brackets_is_a_negative_value_not_markup_debris()
    {
        var cells = Segmentation.Segmenter.SplitCells("Interest expense\t<8,000>\t<b>$</b>\t<7,000>", 0);
        var (row, _) = RowReader.Read(new Segmentation.TextLine(0, 0, "x", cells, Segmentation.LineKind.Tabular));
        Assert.NotNull(row);
        Assert.Collection(row.Values,
            v => Assert.Equal(-8000m, v.Number!.Value),
            v => Assert.Equal(-7000m, v.Number!.Value));
    }

    [Theory]
    [InlineData("Net realized gains (losses)\t$\t(\t14,260\t)\t\t9,830\t")]
    [InlineData("Net realized gains (losses)\t$\t(\t14,260)\t\t9,830\t")]
    [InlineData("Net realized gains (losses)\t$(\t14,260\t)\t\t9,830\t")]
    public void An_opening_parenthesis_in_a_cell_of_its_own_keeps_the_amount_negative(string line)
    {
        var cells = Segmentation.Segmenter.SplitCells(line, 0);
        var row = RowReader.Read(new Segmentation.TextLine(0, 0, "x", cells, Segmentation.LineKind.Tabular)).Row!;
        Assert.Collection(row.Values,
            v => Assert.Equal(-14_260m, v.Number!.Value),
            v => Assert.Equal(9_830m, v.Number!.Value));
    }

    [Fact]
    public void A_parenthesized_percentage_split_over_cells_is_no_amount()
    {
        var cells = Segmentation.Segmenter.SplitCells("Change\t(\t4.5\t)%\t\t1,200", 0);
        var row = RowReader.Read(new Segmentation.TextLine(0, 0, "x", cells, Segmentation.LineKind.Tabular)).Row!;
        Assert.Equal(1, row.SkippedPercents);
        Assert.Equal(1_200m, Assert.Single(row.Values).Number!.Value);
    }
}
