using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>Whole-word search in normalised labels answers as the padded search it replaces.</summary>
public class LabelWordsTests
{
    [Theory]
    [InlineData("other operating expenses", "other", true)]
    [InlineData("other operating expenses", "expenses", true)]
    [InlineData("other operating expenses", "operating expenses", true)]
    [InlineData("other operating expenses", "expense", false)]
    [InlineData("other operating expenses", "her", false)]
    [InlineData("net income excluding special items", "ex", false)]
    [InlineData("income ex special items", "ex", true)]
    [InlineData("excess ex", "ex", true)]
    [InlineData("ffo", "ffo", true)]
    [InlineData("affo", "ffo", false)]
    [InlineData("", "ffo", false)]
    public void Holds_answers_as_the_padded_search(string text, string phrase, bool expected)
    {
        Assert.Equal(expected, LabelWords.Holds(text, phrase));
        Assert.Equal((" " + text + " ").Contains(" " + phrase + " ", StringComparison.Ordinal), LabelWords.Holds(text, phrase));
    }

    [Theory]
    [InlineData("adjusted net income", "adjusted", true)]
    [InlineData("adjusted", "adjusted", true)]
    [InlineData("adjustedly", "adjusted", false)]
    [InlineData("net adjusted income", "adjusted", false)]
    public void StartsWith_needs_a_whole_word(string text, string phrase, bool expected)
    {
        Assert.Equal(expected, LabelWords.StartsWith(text, phrase));
        Assert.Equal((" " + text + " ").StartsWith(" " + phrase + " ", StringComparison.Ordinal), LabelWords.StartsWith(text, phrase));
    }

    [Theory]
    [InlineData("income tax expense", "expense", true)]
    [InlineData("operating expenses", "expense", true)]
    [InlineData("nonexpense items", "expense", false)]
    [InlineData("expense", "expense", true)]
    [InlineData("income tax benefit", "expense", false)]
    public void HasWordStarting_finds_a_word_that_begins_with_the_prefix(string text, string prefix, bool expected)
    {
        Assert.Equal(expected, LabelWords.HasWordStarting(text, prefix));
        Assert.Equal((" " + text).Contains(" " + prefix, StringComparison.Ordinal), LabelWords.HasWordStarting(text, prefix));
    }
}
