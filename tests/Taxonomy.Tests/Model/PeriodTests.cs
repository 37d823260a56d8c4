namespace Taxonomy.Tests.Model;

public class PeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Periods_compare_by_value()
    {
        Assert.Equal(Period.Duration(D(2025, 7, 1), D(2025, 9, 30)), Period.Parse("2025-07-01/2025-09-30"));
        Assert.Equal(Period.Instant(D(2025, 9, 30)), Period.Parse("2025-09-30"));
        Assert.NotEqual(Period.Instant(D(2025, 9, 30)), Period.Duration(D(2025, 9, 30), D(2025, 9, 30)));
        Assert.NotEqual(Period.Duration(D(2025, 1, 1), D(2025, 9, 30)), Period.Duration(D(2025, 7, 1), D(2025, 9, 30)));
    }

    [Fact]
    public void Days_count_both_ends_including_leap_days()
    {
        Assert.Equal(366, Period.Duration(D(2024, 1, 1), D(2024, 12, 31)).Days);
        Assert.Equal(365, Period.Duration(D(2025, 1, 1), D(2025, 12, 31)).Days);
        Assert.Equal(92, Period.Duration(D(2025, 7, 1), D(2025, 9, 30)).Days);
        Assert.Equal(1, Period.Duration(D(2025, 7, 1), D(2025, 7, 1)).Days);
        Assert.Equal(0, Period.Instant(D(2025, 7, 1)).Days);
    }

    [Fact]
    public void Start_instant_is_the_day_before_the_first_day()
    {
        Assert.Equal(Period.Instant(D(2024, 12, 31)), Period.Duration(D(2025, 1, 1), D(2025, 3, 31)).StartInstant);
        Assert.Equal(Period.Instant(D(2024, 2, 29)), Period.Duration(D(2024, 3, 1), D(2024, 5, 31)).StartInstant);
        Assert.Equal(Period.Instant(D(2025, 3, 31)), Period.Duration(D(2025, 1, 1), D(2025, 3, 31)).EndInstant);
    }

    [Fact]
    public void A_duration_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => Period.Duration(D(2025, 7, 1), D(2025, 6, 30)));
        Assert.Throws<FormatException>(() => Period.Parse("2025-13-01"));
    }

    [Fact]
    public void Text_form_round_trips()
    {
        Assert.Equal("2025-07-01/2025-09-30", Period.Duration(D(2025, 7, 1), D(2025, 9, 30)).ToString());
        Assert.Equal("0999-01-05", Period.Instant(D(999, 1, 5)).ToString());
        Assert.Equal(Period.Instant(D(999, 1, 5)), Period.Parse("0999-01-05"));
    }

    [Fact]
    public void Order_is_by_end_then_instant_before_duration_then_start()
    {
        var periods = new[]
        {
            Period.Duration(D(2025, 7, 1), D(2025, 9, 30)),
            Period.Instant(D(2025, 9, 30)),
            Period.Duration(D(2025, 1, 1), D(2025, 9, 30)),
            Period.Instant(D(2024, 12, 31)),
        };
        Assert.Equal(
            ["2024-12-31", "2025-09-30", "2025-01-01/2025-09-30", "2025-07-01/2025-09-30"],
            periods.Order().Select(p => p.ToString()));
    }
}
