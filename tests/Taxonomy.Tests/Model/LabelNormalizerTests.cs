using Taxonomy.Concepts;

namespace Taxonomy.Tests.Model;

public class LabelNormalizerTests
{
    [Theory]
    [InlineData("Shareholders' Equity", "shareholders equity")]
    [InlineData("  Research & Development  ", "research and development")]
    [InlineData("&Other", "and other")]
    [InlineData("Total—Widgets (Note 3)", "total widgets note 3")]
    [InlineData("Gizmo\u2019s Sales, net", "gizmos sales net")]
    [InlineData("CAFÉ REVENUES", "café revenues")]
    [InlineData("---", "")]
    public void A_label_normalizes_alike_as_a_string_and_as_a_span(string label, string expected)
    {
        Assert.Equal(expected, LabelNormalizer.Normalize(label.AsSpan()));
        // The string overload remembers recent labels: the first and the remembered answer are the same.
        Assert.Equal(expected, LabelNormalizer.Normalize(label));
        Assert.Equal(expected, LabelNormalizer.Normalize(label));
    }

    [Fact]
    public void Many_distinct_labels_keep_normalizing_correctly_past_the_remembered_capacity()
    {
        for (int i = 0; i < 45_000; i++)
        {
            Assert.Equal($"widget line {i} net", LabelNormalizer.Normalize($"Widget Line {i}, Net"));
        }
        Assert.Equal("widget line 7 net", LabelNormalizer.Normalize("Widget Line 7, Net"));
    }
}
