namespace Taxonomy.Cli.Evaluation;

/// <summary>The sums over every evaluated document.</summary>
internal sealed record EvaluationTotals(int Documents, int TruthFacts, int Found, int Missing, int Wrong, int InconsistentDuplicates, int Extra, long Milliseconds)
{
    /// <summary>Document values (form, fiscal focus, identifiers) the truth states, found, and reported otherwise.</summary>
    public (int Truth, int Found, int Wrong) DocumentValues { get; init; }

    public decimal Recall => DocumentEvaluation.Percent(Found, TruthFacts);

    public static EvaluationTotals Of(IReadOnlyList<DocumentEvaluation> evaluations) => new(
        evaluations.Count,
        evaluations.Sum(e => e.TruthFacts),
        evaluations.Sum(e => e.Score.Found),
        evaluations.Sum(e => e.Score.Missing),
        evaluations.Sum(e => e.Score.Wrong),
        evaluations.Sum(e => e.Score.InconsistentDuplicates.Count),
        evaluations.Sum(e => e.Score.Extra.Count),
        evaluations.Sum(e => e.Milliseconds))
    {
        DocumentValues = (evaluations.Sum(e => e.Score.DocumentResults.Count), evaluations.Sum(e => e.Score.DocumentFound), evaluations.Sum(e => e.Score.DocumentWrong)),
    };
}
