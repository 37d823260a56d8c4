using Taxonomy.Extraction.Evaluation;

namespace Taxonomy.Cli.Evaluation;

/// <summary>How the extraction of one document scored against its truth, and how long extraction took.</summary>
internal sealed record DocumentEvaluation(TruthDocument Document, TruthScore Score, long Milliseconds)
{
    public int TruthFacts => Score.Results.Count;

    /// <summary>
    /// True when a fact or a document value (fiscal focus, form, identifier) is wrong, or an inconsistent duplicate was
    /// reported: something we must not publish.
    /// </summary>
    public bool HasWrongNumbers => Score.Wrong > 0 || Score.InconsistentDuplicates.Count > 0 || Score.DocumentWrong > 0;

    /// <summary>Found / truth facts, in percent (100 when the truth is empty).</summary>
    public decimal Recall => Percent(Score.Found, TruthFacts);

    public static decimal Percent(int part, int whole) => whole == 0 ? 100m : Math.Round(100m * part / whole, 1, MidpointRounding.ToZero);
}
