namespace Taxonomy.Testing.Samples;

/// <summary>A rendered sample filing and the facts it states.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Text">The filing's plain text, <c>\n</c> line endings.</param>
/// <param name="Facts">The facts it states, computed from the numbers it was built from (never from an extractor).</param>
/// <param name="Options">The options it was rendered with.</param>
public sealed record SampleDocument(string Name, string Text, IReadOnlyList<ExpectedFact> Facts, SampleFilingOptions Options)
{
    /// <summary>The facts printed in the statements (balance sheet and statement of operations).</summary>
    public IEnumerable<ExpectedFact> TableFacts => Facts.Where(f => f.Statement != "narrative");

    /// <summary>The facts stated only in the narrative.</summary>
    public IEnumerable<ExpectedFact> NarrativeFacts => Facts.Where(f => f.Statement == "narrative");
}
