namespace Taxonomy.Cli.Evaluation;

/// <summary>The sums over every evaluated document.</summary>
internal sealed record EvaluationTotals(int Documents, int TruthFacts, int Found, int Missing, int Wrong, int InconsistentDuplicates, int Extra, long Milliseconds)
{
    public decimal Recall => DocumentEvaluation.Percent(Found, TruthFacts);

    public static EvaluationTotals Of(IReadOnlyList<DocumentEvaluation> evaluations) => new(
        evaluations.Count,
        evaluations.Sum(e => e.TruthFacts),
        evaluations.Sum(e => e.Score.Found),
        evaluations.Sum(e => e.Score.Missing),
        evaluations.Sum(e => e.Score.Wrong),
        evaluations.Sum(e => e.Score.InconsistentDuplicates.Count),
        evaluations.Sum(e => e.Score.Extra.Count),
        evaluations.Sum(e => e.Milliseconds));
}
