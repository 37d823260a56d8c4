using FsCheck;
using FsCheck.Fluent;

namespace Taxonomy.Tests.Model;

public class QNameTests
{
    [Theory]
    [InlineData("us-gaap:Assets", "us-gaap", "Assets")]
    [InlineData("dei:EntityRegistrantName", "dei", "EntityRegistrantName")]
    [InlineData("ex_1.v:Item-2", "ex_1.v", "Item-2")]
    public void Parse_splits_prefix_and_local_name(string text, string prefix, string local)
    {
        var name = QName.Parse(text);
        Assert.Equal((prefix, local), (name.Prefix, name.LocalName));
        Assert.Equal(text, name.ToString());
    }

    [Theory]
    [InlineData("Assets")]
    [InlineData(":Assets")]
    [InlineData("us-gaap:")]
    [InlineData("a:b:c")]
    [InlineData("us gaap:Assets")]
    [InlineData("1us:Assets")]
    [InlineData("us:-Assets")]
    [InlineData("")]
    public void Invalid_names_are_refused(string text)
    {
        Assert.False(QName.TryParse(text, out _));
        Assert.Throws<FormatException>(() => QName.Parse(text));
    }

    [Fact]
    public void Equal_names_have_equal_hashes_however_they_are_made()
    {
        var made = new QName("us-gaap", "Assets");
        var parsed = QName.Parse(new string("us-gaap:Assets".AsSpan()));
        var renamed = new QName("us-gaap", "Liabilities") with { LocalName = "Assets" };
        var reprefixed = new QName("ifrs-full", "Assets") with { Prefix = "us-gaap" };
        foreach (var other in new[] { parsed, renamed, reprefixed })
        {
            Assert.Equal(made, other);
            Assert.Equal(made.GetHashCode(), other.GetHashCode());
        }
        Assert.NotEqual(made, new QName("us-gaap", "Liabilities"));
        Assert.NotEqual(made, new QName("ifrs-full", "Assets"));
        Assert.NotEqual(made, default);
        Assert.Equal(default(QName), new QName());
        Assert.Equal(default(QName).GetHashCode(), new QName().GetHashCode());
        var keyed = new Dictionary<(QName, int), int> { [(made, 1)] = 7 };
        Assert.Equal(7, keyed[(renamed, 1)]);
    }

    [Fact]
    public void Constructor_validates_both_parts()
    {
        Assert.Throws<ArgumentException>(() => new QName("us gaap", "Assets"));
        Assert.Throws<ArgumentException>(() => new QName("us-gaap", "Net Income"));
        Assert.Throws<ArgumentException>(() => new QName("", "Assets"));
    }

    [Fact]
    public void Equality_and_order_are_ordinal()
    {
        Assert.Equal(new QName("us-gaap", "Assets"), QName.Parse("us-gaap:Assets"));
        Assert.NotEqual(new QName("us-gaap", "Assets"), QName.Parse("us-gaap:assets"));
        Assert.True(QName.Parse("us-gaap:Assets").CompareTo(QName.Parse("us-gaap:Liabilities")) < 0);
        Assert.True(QName.Parse("us-gaap:Z").CompareTo(QName.Parse("us-gaap:a")) < 0);
    }

    [Fact]
    public void Order_of_random_names_is_the_ordinal_order_of_their_written_form()
    {
        // Names from a small alphabet with the characters that sort around ':' ('-', '.', digits) so prefixes often share a start.
        var part = Gen.Elements('a', 'b', 'Z').SelectMany(first => Gen.ArrayOf(Gen.Elements('a', 'b', 'Z', '-', '.', '1', '_'))
            .Select(rest => first + new string(rest)));
        var name = part.SelectMany(prefix => part.Select(local => new QName(prefix, local)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Arb.From(name), Arb.From(name), (left, right) =>
            Math.Sign(left.CompareTo(right)) == Math.Sign(string.CompareOrdinal(left.ToString(), right.ToString()))));
    }

    [Theory]
    [InlineData("a.b:x", "a:y")]      // '.' sorts before ':' in the written form, although prefix "a" is shorter
    [InlineData("a:y", "ab:x")]       // ':' sorts before 'b'
    [InlineData("us:Zeta", "us-gaap:Assets")]
    [InlineData("dei:Z", "dei:Z")]
    [InlineData("x1:A", "x:A")]
    public void Order_is_the_ordinal_order_of_the_written_names(string left, string right)
    {
        int expected = Math.Sign(string.CompareOrdinal(left, right));
        Assert.Equal(expected, Math.Sign(QName.Parse(left).CompareTo(QName.Parse(right))));
        Assert.Equal(-expected, Math.Sign(QName.Parse(right).CompareTo(QName.Parse(left))));
    }
}

public class QNameWithTests
{
    [Fact]
    public void With_expressions_are_validated_too()
    {
        var assets = new QName("us-gaap", "Assets");
        Assert.Equal(new QName("us-gaap", "Liabilities"), assets with { LocalName = "Liabilities" });
        Assert.Throws<ArgumentException>(() => assets with { LocalName = "Total assets" });
    }
}
