using Taxonomy.Xbrl;

namespace Taxonomy.Tests.Xbrl;

public class OimPeriodFormatTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2025-09-30", "2025-10-01T00:00:00")]
    [InlineData("2025-12-31", "2026-01-01T00:00:00")]
    [InlineData("2024-02-28", "2024-02-29T00:00:00")]
    [InlineData("2024-02-29", "2024-03-01T00:00:00")]
    [InlineData("2025-02-28", "2025-03-01T00:00:00")]
    [InlineData("1900-02-28", "1900-03-01T00:00:00")]
    [InlineData("2000-02-28", "2000-02-29T00:00:00")]
    [InlineData("9999-12-31", "9999-12-31T24:00:00")]
    public void Instants_are_written_as_the_end_of_their_day(string date, string expected)
    {
        var period = Period.Parse(date);
        Assert.Equal(expected, OimPeriodFormat.Format(period));
        Assert.Equal(period, OimPeriodFormat.Parse(expected));
    }

    [Theory]
    [InlineData("2025-07-01/2025-09-30", "2025-07-01T00:00:00/2025-10-01T00:00:00")]
    [InlineData("2024-01-01/2024-12-31", "2024-01-01T00:00:00/2025-01-01T00:00:00")]
    [InlineData("2023-12-01/2024-02-29", "2023-12-01T00:00:00/2024-03-01T00:00:00")]
    [InlineData("2025-03-15/2025-03-15", "2025-03-15T00:00:00/2025-03-16T00:00:00")]
    public void Durations_run_from_the_start_of_the_first_day_to_the_end_of_the_last(string period, string expected)
    {
        Assert.Equal(expected, OimPeriodFormat.Format(Period.Parse(period)));
        Assert.Equal(Period.Parse(period), OimPeriodFormat.Parse(expected));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-09-30")]
    [InlineData("2025-09-30T24:00:00", "2025-09-30")]
    [InlineData("2025-07-01/2025-09-30", "2025-07-01/2025-09-30")]
    [InlineData("2025-07-01T00:00:00/2025-09-30", "2025-07-01/2025-09-30")]
    [InlineData("2025-06-30T24:00:00/2025-09-30T24:00:00", "2025-07-01/2025-09-30")]
    public void Dates_without_time_mean_start_of_day_for_starts_and_end_of_day_otherwise(string oim, string expected)
    {
        Assert.Equal(Period.Parse(expected), OimPeriodFormat.Parse(oim));
    }

    [Theory]
    [InlineData("2025-09-30T12:00:00")]
    [InlineData("2025-09-30T00:00:00Z")]
    [InlineData("2025-09-30T00:00:00+02:00")]
    [InlineData("2025-13-01")]
    [InlineData("2025-9-30")]
    [InlineData("30/09/2025")]
    [InlineData("2025-07-01/2025-08-01/2025-09-01")]
    [InlineData("2025-10-01T00:00:00/2025-07-01T00:00:00")]
    [InlineData("2025-07-01T00:00:00/2025-07-01T00:00:00")]
    [InlineData("")]
    public void Periods_a_day_based_model_cannot_hold_are_refused(string oim)
    {
        Assert.Throws<FormatException>(() => OimPeriodFormat.Parse(oim));
    }

    [Fact]
    public void The_first_representable_day_round_trips()
    {
        var first = Period.Duration(DateOnly.MinValue, D(1, 1, 31));
        Assert.Equal("0001-01-01T00:00:00/0001-02-01T00:00:00", OimPeriodFormat.Format(first));
        Assert.Equal(first, OimPeriodFormat.Parse(OimPeriodFormat.Format(first)));
        Assert.Throws<FormatException>(() => OimPeriodFormat.Parse("0001-01-01T00:00:00"));
    }
}
