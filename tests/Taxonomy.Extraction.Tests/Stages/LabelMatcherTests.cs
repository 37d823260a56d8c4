using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

public class LabelMatcherTests
{
    private readonly LabelMatcher _matcher = new(Fictional.Catalog);

    [Theory]
    [InlineData("Total revenues", "us-gaap:Revenues", DecisionMethod.Synonym)]
    [InlineData("REVENUES", "us-gaap:Revenues", DecisionMethod.Label)]
    [InlineData("Shareholders' equity", "us-gaap:StockholdersEquity", DecisionMethod.Label)]
    [InlineData("Net income (loss) (unaudited)", "us-gaap:NetIncomeLoss", DecisionMethod.Label)]
    public void Labels_match_by_normalised_label_and_synonym(string label, string concept, DecisionMethod method)
    {
        var kind = concept.Contains("Equity", StringComparison.Ordinal) ? StatementKind.BalanceSheet : StatementKind.IncomeStatement;
        var (outcome, row, _) = _matcher.Match(label, kind);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(QName.Parse(concept), row!.Concept);
        Assert.Equal(method, row.Method);
    }

    [Fact]
    public void A_label_of_another_statement_kind_does_not_match()
    {
        var (outcome, _, _) = _matcher.Match("Total assets", StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.None, outcome);
    }

    [Fact]
    public void A_label_two_line_items_share_is_ambiguous()
    {
        const string schema = """
        { "title": "Twin", "x-statement": { "namespace": "T", "periodType": "duration", "kind": "incomeStatement" }, "x-namespaces": { "a": "http://a" },
          "properties": {
            "One": { "x-concept": "a:One", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "First item", "synonyms": ["Fees"] } },
            "Two": { "x-concept": "a:Two", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Second item", "synonyms": ["Fees"] } } } }
        """;
        var matcher = new LabelMatcher(new ConceptCatalog([SchemaCatalog.Load(schema)]));
        Assert.Equal(LabelMatcher.Outcome.Ambiguous, matcher.Match("Fees", StatementKind.IncomeStatement).Outcome);
    }
}
