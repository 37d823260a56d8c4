using System.Text.RegularExpressions;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>The hand-read number shape of <see cref="SpacedCells"/> accepts exactly what the regular expression it replaced matched.</summary>
public sealed class SpacedCellsTests
{
    private static readonly Regex Pattern = new(
        @"^\(?-?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%?\)|\)?%)?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static TheoryData<string> Tokens() => new()
    {
        "", "0", "7", "1,204", "12,345,678", "1234", "1,2345", "1234,567", "1,23", "1,234,56", ",123", "1,", "1,234,",
        "(37)", "(37", "37)", "(1%)", "12%", "12)%", "12%)", "%", ")", "()", "-5", "(-5)", "$0.25", "($1,204.50)", "-$3",
        "$-3", "$", "-", "1.", ".5", "1.5.5", "1.25%", "1,234.5", "1,234.", "12 %", "12%%", "1e5", "٣٤", "1,٢٣٤", "12\n",
        "12\n\n", "\n", "1,234\n", "(12)\n", "12a", "a12", "$$12", "((12))", "--12", "2024", "2,024", "0.000", "1,000,000%)",
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Number_shape_is_the_pattern(string token) =>
        Assert.Equal(Pattern.IsMatch(token), SpacedCells.IsNumberShape(token));

    [Fact]
    public void A_run_of_values_ending_a_line_is_split_into_cells() =>
        Assert.Equal("Net kite sales\t$ 1,204\t(998)\t5 %", SpacedCells.Split("Net kite sales $ 1,204 (998) 5 %"));
}
