using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// A source-generated pattern that runs past its match timeout ends the reading of that input as an input error naming
/// the reason (the CLI reports it and goes on to the next file), never as an unhandled RegexMatchTimeoutException. A
/// timeout that does not come back on a second try (a stall of the process, not the input) is no error.
/// </summary>
public class MatchTimeoutTests
{
    // The textbook catastrophic pattern: on 40 a's and a '!' it tries about 2^40 ways, so a 1 ms limit always stops it.
    private static readonly Regex Catastrophic = new("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

    [Fact]
    public void A_match_timeout_becomes_an_input_error_for_the_source_naming_the_reason()
    {
        string text = new string('a', 40) + "!";

        var error = Assert.Throws<InputException>(() => MatchTimeouts.AsInputError("built.txt", () => Catastrophic.IsMatch(text)));

        Assert.Equal("built.txt", error.SourceName);
        Assert.Contains("ran longer than its limit of 1 ms on it, twice", error.Reason, StringComparison.Ordinal);
        Assert.IsType<RegexMatchTimeoutException>(error.InnerException);
    }

    [Fact]
    public void A_reading_within_the_limit_returns_its_result()
    {
        Assert.True(MatchTimeouts.AsInputError("plain.txt", () => Catastrophic.IsMatch("aaaa")));
    }

    [Fact]
    public void Other_exceptions_are_not_turned_into_input_errors()
    {
        Assert.Throws<InvalidOperationException>(() => MatchTimeouts.AsInputError<int>("plain.txt", () => throw new InvalidOperationException("a bug")));
    }

    [Fact]
    public void A_timeout_that_does_not_come_back_is_read_again()
    {
        int reads = 0;
        int result = MatchTimeouts.AsInputError("stalled.txt", () =>
            ++reads == 1 ? throw new RegexMatchTimeoutException("text", "pattern", TimeSpan.FromMilliseconds(2000)) : 42);

        Assert.Equal(42, result);
        Assert.Equal(2, reads);
    }
}
