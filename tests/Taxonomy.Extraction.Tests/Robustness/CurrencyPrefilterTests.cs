using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// The currency phrases run only on text that may hold them: a first test rejects text the pattern cannot match (a
/// currency noun inside another word, a bare "$"). On strings built from the patterns' own words, white space and
/// punctuation, the first test passes every string the pattern matches, so skipping the pattern changes nothing.
/// </summary>
public class CurrencyPrefilterTests
{
    private static readonly string[] Spaces = [" ", "  ", "\t", "\u00a0", ""];

    private static readonly string[] Words =
    [
        "thousands", "millions", "billions", "of", "in", "(", ")", "(in", "( in", "expressed", "stated", "reported", "amounts", "are",
        "Chilean", "Thai", "u.s.", "U.S.", "Canadian", "new", "South", "African", "Swiss", "Korean", "Japanese",
        "pesos", "peso", "dollars", "dollar", "baht", "rand", "won", "lei", "lev", "leva", "real", "reais", "pounds", "kronor", "zloty", "zlotys", "koruna",
        "material", "brand", "level", "realized", "wonder", "compound", "industrial", "dollarized", "pesos_", "rand2",
        "$", "C$", "US$", "U.S.$", "HK$", "x$", "1$", "EUR", "eur", "usd", "CAD", "rmb", "euros", "sterling", "yen", "€", "£", "¥", "'000", "000", "m", "mn", "bn",
        "per", "share", "except", "net", "the", "our", "2031", "12,345", "results", "figures", "presented", "herein", "unless", "otherwise", ",",
        "united", "states", "Mexican", "British", "Indian", "yuan", "renminbi", "francs", "rupees", "shekels", "kroner", "Swedish", "Israeli",
    ];

    [Theory]
    [InlineData("UnlistedPhrase", "MayHoldNoun", 11, 30_000)]
    [InlineData("HeadingPhrase", "MayNameInHeading", 12, 10_000)]
    [InlineData("StatementPhrase", "MayNameWordAfterSpace", 13, 30_000)]
    public void A_phrase_is_skipped_only_where_it_cannot_match(string phrase, string firstTest, int seed, int count)
    {
        var pattern = (Regex)typeof(CurrencyNames).GetProperty(phrase, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        int matched = 0;
        foreach (string text in Texts(seed, count))
        {
            if (!pattern.IsMatch(text)) continue;
            matched++;
            Assert.True(Call(firstTest, text), $"{firstTest} rejects \"{text}\", which {phrase} matches");
        }
        Assert.True(matched > 200, $"only {matched} strings matched");
    }

    [Fact]
    public void The_whole_nouns_are_the_words_the_noun_alternation_spells()
    {
        var nouns = new Regex("^" + (string)typeof(CurrencyNames).GetField("Nouns", BindingFlags.Static | BindingFlags.NonPublic)!.GetRawConstantValue()! + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string[] stems = ["peso", "dollar", "franc", "rupee", "lira", "lir", "ruble", "rouble", "zlot", "ringgit", "rupiah", "baht", "dinar", "dirham", "riyal", "rial",
            "rand", "forint", "korun", "shekel", "naira", "shilling", "dong", "real", "rea", "pound", "kron", "yuan", "won", "leu", "lei", "lev", "teng", "hryvnia"];
        string[] endings = ["", "s", "e", "es", "a", "as", "y", "ys", "ies", "or", "er", "is", "i"];
        int nounCount = 0;
        foreach (string stem in stems)
        {
            foreach (string ending in endings)
            {
                string word = stem + ending;
                bool noun = nouns.IsMatch(word);
                if (noun) nounCount++;
                Assert.True(noun == MayHoldNoun(" " + word), $"\"{word}\": the alternation says {noun}");
                Assert.True(noun == MayHoldNoun("in " + word.ToUpperInvariant() + "."), $"\"{word}\" in capitals: the alternation says {noun}");
            }
        }
        Assert.True(nounCount > 60, $"only {nounCount} nouns");
    }

    [Theory]
    [InlineData("the material level of our brand was realized", false)]
    [InlineData("(in thousands of Chilean pesos)", true)]
    [InlineData("in Thai\tbaht", true)]
    [InlineData("dollarized", false)]
    public void A_noun_counts_only_as_a_whole_word(string text, bool mayHold) => Assert.Equal(mayHold, MayHoldNoun(text));

    [Theory]
    [InlineData("($ in millions, except per share amounts)", false)]
    [InlineData("(in millions, except per share data)", false)]
    [InlineData("(C$ in millions)", true)]
    [InlineData("(U.S.$ in thousands)", true)]
    [InlineData("(usd millions)", true)]
    [InlineData("(in millions of euros)", true)]
    [InlineData("(€)", true)]
    public void A_heading_may_name_a_currency_only_by_its_name(string text, bool mayName) => Assert.Equal(mayName, MayNameInHeading(text));

    [Theory]
    [InlineData("Our brand grew; results were strong and we wonder", true)]
    [InlineData("Our brand grew; results were strong", false)]
    [InlineData("All amounts are in\tCanadian dollars", true)]
    [InlineData("amounts in(euros)", false)]
    public void A_statement_may_name_a_currency_only_by_a_word_after_a_space(string text, bool mayName) =>
        Assert.Equal(mayName, Call("MayNameWordAfterSpace", text));

    private static bool MayHoldNoun(string text) => Call("MayHoldNoun", text);

    private static bool MayNameInHeading(string text) => Call("MayNameInHeading", text);

    private static bool Call(string method, string text) =>
        (bool)typeof(CurrencyNames).GetMethod(method, BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [text])!;

    // Openings of the phrases, so that the words after them decide the match.
    private static readonly string[] Openings =
        ["thousands of ", "millions of\t", "expressed in ", "stated  in ", "(in ", "( in ", "amounts are in ", "figures herein are in ", "results in ", "in "];

    /// <summary>Strings of the patterns' words (some in capitals) and white space, from a fixed seed; half of them after an opening of a phrase.</summary>
    private static IEnumerable<string> Texts(int seed, int count)
    {
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
        {
            var text = new StringBuilder();
            if (random.Next(2) == 0) text.Append(Openings[random.Next(Openings.Length)]);
            int tokens = random.Next(1, 9);
            for (int t = 0; t < tokens; t++)
            {
                string token = Words[random.Next(Words.Length)];
                text.Append(random.Next(5) == 0 ? token.ToUpperInvariant() : token);
                text.Append(Spaces[random.Next(Spaces.Length)]);
            }
            yield return text.ToString();
        }
    }
}
