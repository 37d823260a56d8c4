using System.Text;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;
using Xunit;

namespace Taxonomy.Extraction.Tests.Stages;

public class DateMentionTests
{
    [Theory]
    [InlineData("Three months ended September 30, 2008", 9, 30, 2008)]
    [InlineData("Sept. 30 2007", 9, 30, 2007)]
    [InlineData("as of DEC 31st,2024", 12, 31, 2024)]
    [InlineData("June 30,", 6, 30, null)]
    [InlineData("March\u00a05, 2025", 3, 5, 2025)]
    public void Reads_a_date_written_in_words(string text, int month, int day, int? year)
    {
        var mention = Assert.Single(DateMention.FindAll(text));
        Assert.Equal((month, day, year), (mention.Month, mention.Day, mention.Year));
    }

    [Theory]
    [InlineData("Three months ended 9/30/2025", 9, 30, 2025)]
    [InlineData("09/30/25", 9, 30, 2025)]
    [InlineData("12/31/98", 12, 31, 1998)]
    [InlineData("As of 2025-09-30", 9, 30, 2025)]
    [InlineData("30-Sep-25", 9, 30, 2025)]
    [InlineData("(6/30/2024)", 6, 30, 2024)]
    public void Reads_a_date_written_in_figures(string text, int month, int day, int year)
    {
        var mention = Assert.Single(DateMention.FindAll(text));
        Assert.Equal((month, day, year), (mention.Month, mention.Day, mention.Year));
        Assert.True(DateMention.Any(text, withYear: true));
    }

    [Theory]
    [InlineData("a 1/2 interest")]          // a fraction
    [InlineData("Form 10-K and 8-K")]
    [InlineData("call 555-123-4567")]
    [InlineData("2/30/2025")]               // no such day
    [InlineData("13/01/2025")]              // no such month (months come first)
    [InlineData("1/2/3/2025")]
    [InlineData("fiscal 2025-2024")]
    [InlineData("year-to-date")]
    public void Finds_no_date_in_figures_that_are_not_one(string text) => Assert.Empty(DateMention.FindAll(text));

    [Fact]
    public void Dates_in_words_and_in_figures_come_in_the_order_printed()
    {
        var mentions = DateMention.FindAll("9/30/2025 and December 31, 2024");
        Assert.Equal([2025, 2024], mentions.Select(m => m.Year!.Value));
    }

    [Theory]
    [InlineData("Summary 3 of the plan")]   // "mar" inside a word
    [InlineData("June 45")]                 // no such day
    [InlineData("Junes 30, 2008")]
    [InlineData("June30, 2008")]            // the day must be set apart
    [InlineData("December 2004")]           // a month and a year: no day
    public void Finds_no_date_where_there_is_none(string text) => Assert.Empty(DateMention.FindAll(text));

    [Fact]
    public void Offsets_and_lengths_cover_the_words_read()
    {
        var mentions = DateMention.FindAll("From May 1 to Aug. 3rd, 2025 and Nov 12", baseOffset: 100);
        Assert.Equal([(105, 5), (114, 14), (133, 6)], mentions.Select(m => (m.Offset, m.Length)));
    }

    // The scanner replaced this expression; it must find exactly what the expression found, with the same spans.
    private static readonly Regex Reference = new(
        @"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public void Finds_what_the_regular_expression_it_replaced_found()
    {
        string[] pieces = ["June", "jun", "SEPT", "Sep", "September", "Mar", "March", "may", "Dec", "x", "_", "é", "Summary", "\u200d",
            ".", ",", " ", "  ", "\t", "\u00a0", "\n", "1", "3", "12", "30", "31", "45", "2008", "19", "st", "TH", "nd", "rd", "-", "(", "0"];
        var random = new Random(20261121);
        for (int n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 12);
            for (int i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Length)]);
            string s = text.ToString();
            var expected = Reference.Matches(s)
                .Select(m => (Month: DateMention.MonthNumber(m.Groups[1].Value), Day: int.Parse(m.Groups[2].Value), Year: m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : (int?)null, m.Index, m.Length))
                .Where(m => m.Day is >= 1 and <= 31).ToList();
            var actual = DateMention.FindAll(s).Select(m => (m.Month, m.Day, m.Year, m.Offset, m.Length)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"\"{s}\": expected {string.Join(" ", expected)}, found {string.Join(" ", actual)}");
        }
    }
}
