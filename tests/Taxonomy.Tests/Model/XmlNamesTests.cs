namespace Taxonomy.Tests.Model;

/// <summary>The runtime's NCName rule; Taxonomy.Generators.Tests tests the generator's with the same cases.</summary>
public class XmlNamesTests
{
    // The same cases as the other implementation's test (XML 1.0 fifth edition, §2.3, without the colon).
    [Theory]
    [InlineData("Assets", true)]
    [InlineData("_reserved", true)]
    [InlineData("a-b.c9", true)]
    [InlineData("a\u00B7b", true)]
    [InlineData("caf\u00E9", true)]
    [InlineData("x\u0301", true)]
    [InlineData("a\u203Fb", true)]
    [InlineData("\u00C0", true)]
    [InlineData("\U00010000x", true)]
    [InlineData("", false)]
    [InlineData("1a", false)]
    [InlineData("-a", false)]
    [InlineData(".a", false)]
    [InlineData("\u00B7a", false)]
    [InlineData("\u0301x", false)]
    [InlineData("a:b", false)]
    [InlineData("a b", false)]
    [InlineData("\u00D7", false)]
    [InlineData("a\u00D7", false)]
    [InlineData("\U000F0000", false)]
    public void A_name_is_an_NCName_as_XML_1_0_fifth_edition_defines_it(string name, bool valid) => Assert.Equal(valid, XmlNames.IsNCName(name));

    [Fact]
    public void A_surrogate_without_its_pair_is_not_a_name_character()
    {
        // Built here: test data with a lone surrogate does not survive serialization.
        Assert.False(XmlNames.IsNCName("a" + (char)0xD800));
        Assert.False(XmlNames.IsNCName((char)0xDC00 + "a"));
    }
}
