using Taxonomy.Cli.Evaluation;
using Taxonomy.Cli.Output;
using Taxonomy.Extraction;

namespace Taxonomy.Cli.Commands;

/// <summary>
/// Scores each truth document and prints the table or JSON. Exit 0 when no number is wrong, 1 when a fact is wrong
/// or an inconsistent duplicate was reported, 2 when a truth file or document cannot be read (the rest are still scored).
/// </summary>
internal sealed class EvalRunner(TextWriter stdout, TextWriter stderr, FileExtractor extract)
{
    public int Run(IReadOnlyList<string> truths, string? shared, string format)
    {
        if (truths.Count == 0) throw new UsageException("no truth file given.");
        if (shared is not null && !Directory.Exists(shared)) throw new UsageException($"{shared}: the shared folder does not exist.");
        var documents = TruthSet.Load(truths, shared);

        bool unreadable = false;
        var evaluations = new List<DocumentEvaluation>();
        foreach (var document in documents)
        {
            try
            {
                evaluations.Add(Evaluator.Evaluate(document, extract));
            }
            catch (InputException e)
            {
                stderr.WriteLine($"taxonomy: {document.Document}: {CliApplication.OneLine(e.Reason)}");
                unreadable = true;
            }
        }

        stdout.Write(format == OutputFormat.Json ? EvaluationJsonFormatter.Format(evaluations) : EvaluationTableFormatter.Format(evaluations));
        if (unreadable) return ExitCodes.UsageOrInput;
        return evaluations.Any(e => e.HasWrongNumbers) ? ExitCodes.ValidationErrors : ExitCodes.Success;
    }
}
