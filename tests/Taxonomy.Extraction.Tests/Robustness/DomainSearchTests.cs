using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// The web domain that names extension namespaces is looked for from the first "www." or "@" of the document on: on
/// strings built from the pattern's own words and punctuation, the same first match as the pattern run over the whole text.
/// </summary>
public class DomainSearchTests
{
    private static readonly string[] Tokens =
    [
        "www.", "WWW.", "Www.", "www", "ww.", "w", "@", "acme", "Acme-Widgets", "northwind", "-", "_", ".", "..", ".com", ".COM", ".co", ".io", ".us",
        ".biz", ".org", ".net", ".comx", ".ca", "com", "example", "mail", "investor", "1", "2031", " ", "  ", "\n", "(", ")", ",", "x", "é",
    ];

    [Fact]
    public void The_first_domain_is_found_as_the_pattern_finds_it()
    {
        var pattern = (Regex)typeof(ExtensionNamer).GetProperty("Domain", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        var firstDomain = typeof(ExtensionNamer).GetMethod("FirstDomain", BindingFlags.Static | BindingFlags.NonPublic)!;
        var random = new Random(21);
        int matched = 0;
        for (int k = 0; k < 20_000; k++)
        {
            var text = new StringBuilder();
            int tokens = random.Next(1, 14);
            for (int t = 0; t < tokens; t++) text.Append(Tokens[random.Next(Tokens.Length)]);
            string s = text.ToString();
            var expected = Patterns.FirstMatch(pattern, s);
            var actual = ((int Index, int Length)?)firstDomain.Invoke(null, [s]);
            Assert.True(expected == actual, $"on \"{s}\": the pattern finds {expected}, the search {actual}");
            if (expected is not null) matched++;
        }
        Assert.True(matched > 500, $"only {matched} strings matched");
    }

    [Theory]
    [InlineData("Northwind Widgets (Nasdaq: NWND) reported results. Visit www.northwind-widgets.com for more.", "http://www.northwind-widgets.com/20310630")]
    [InlineData("Contact investors@northwind-widgets.com.", "http://www.northwind-widgets.com/20310630")]
    [InlineData("Northwind Widgets (Nasdaq: NWND) reported results; see www. for nothing.", "https://taxonomy.dev/extension/nwnd/20310630")]
    public void The_namespace_names_the_first_domain_of_the_document(string text, string namespaceUri) =>
        Assert.Equal(namespaceUri, ExtensionNamer.For(text, "Northwind Widgets Inc.", new DateOnly(2031, 6, 30)).NamespaceUri);
}
