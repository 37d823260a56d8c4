using System.Text.RegularExpressions;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>Markdown line markup read by hand: the same lines as the patterns it replaced or guards.</summary>
public sealed class MarkdownInlineTests
{
    private static readonly Regex Heading = new(@"^\s{0,3}#{1,6}\s+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static TheoryData<string> Lines() => new()
    {
        "", "#", "# ", "# Kites", "## Kites", "###### Kites", "####### Kites", "#Kites", "   # Kites", "    # Kites", "\t# Kites",
        " \t # Kites", "#\tKites", "#  \t Kites", "# # Kites", "Kites # sold", " ", "#\u00A0Kites", "\u2003# Kites", "##\n", "#\n#",
        "  ### ", "#########", "\f# Kites",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Heading_marker_is_removed_as_the_pattern_removes_it(string line) =>
        Assert.Equal(Heading.Replace(line, ""), MarkdownInline.WithoutHeadingMarker(line));

    [Theory]
    [InlineData("**Three Months Ended** **Six Months Ended**", "Three Months Ended\tSix Months Ended")]
    [InlineData("__2024__ **2025**", "2024\t2025")]
    [InlineData("**Kite Sales Rise**", "Kite Sales Rise")]
    [InlineData("Revenue rose **12%** on **strong** demand", "Revenue rose 12% on strong demand")]
    [InlineData("**A** text **B**", "A text B")]
    public void Bold_runs_alone_on_a_line_become_cells(string line, string expected) =>
        Assert.Equal(expected, MarkdownInline.CleanLine(line));
}
