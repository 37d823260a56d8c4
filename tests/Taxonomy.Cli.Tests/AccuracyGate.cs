using System.Globalization;
using System.Text;
using Taxonomy.Cli.Evaluation;
using Taxonomy.Extraction;
using Taxonomy.Extraction.Evaluation;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// The rules a set of truth documents is held to: no wrong number (a wrong fact or an inconsistent duplicate) beyond a
/// document's known problem, no wrong document value (form, fiscal focus, identifiers), and recall at or above its bar. Bars only go up and known problems only go down.
/// </summary>
internal sealed class AccuracyGate(IReadOnlyDictionary<string, int> recallBars, IReadOnlyDictionary<string, KnownProblem> knownWrong)
{
    /// <summary>Extracts and scores each document and fails with the evaluation table when a rule is broken.</summary>
    public void Check(IReadOnlyList<TruthDocument> documents)
    {
        var evaluations = documents.Select(d => Evaluator.Evaluate(d, FilingExtractor.ExtractFile)).ToList();
        var failures = new List<string>();
        foreach (var e in evaluations)
        {
            string name = e.Document.Document;
            var known = knownWrong.GetValueOrDefault(name) ?? KnownProblem.None;
            if (e.Score.Wrong > known.Wrong) failures.Add($"{name}: {e.Score.Wrong} wrong facts (known: {known.Wrong})");
            if (e.Score.InconsistentDuplicates.Count > known.InconsistentDuplicates)
            {
                failures.Add($"{name}: {e.Score.InconsistentDuplicates.Count} inconsistent duplicates (known: {known.InconsistentDuplicates})");
            }
            if (e.Score.DocumentWrong > 0) failures.Add($"{name}: {e.Score.DocumentWrong} wrong document values (form, fiscal focus, identifiers)");
            int bar = recallBars.GetValueOrDefault(name, 100);
            if (e.Recall < bar) failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: recall {e.Recall}% under the bar of {bar}%"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + Report(evaluations));
    }

    /// <summary>Fails when a bar or known problem names a document that is not among <paramref name="documents"/>.</summary>
    public void CheckNames(IReadOnlyList<TruthDocument> documents)
    {
        var names = documents.Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
        var unknown = recallBars.Keys.Concat(knownWrong.Keys).Where(n => !names.Contains(n)).ToList();
        Assert.True(unknown.Count == 0, "Not a truth document: " + string.Join(", ", unknown));
    }

    private static string Report(IReadOnlyList<DocumentEvaluation> evaluations)
    {
        var b = new StringBuilder(EvaluationTableFormatter.Format(evaluations, includeTime: false));
        foreach (var e in evaluations)
        {
            foreach (var r in e.Score.Results.Where(r => r.Outcome == TruthOutcome.Wrong))
            {
                b.Append(CultureInfo.InvariantCulture, $"WRONG {e.Document.Document}: {r.Truth.Concept} {r.Truth.Period} expected {r.Truth.Value}, reported {r.Reported!.Concept} {r.Reported.LexicalValue}\n");
            }
            foreach (var r in e.Score.DocumentResults.Where(r => r.Outcome == TruthOutcome.Wrong))
            {
                b.Append(CultureInfo.InvariantCulture, $"WRONG {e.Document.Document}: dei:{r.Truth.Concept} expected {r.Truth.Value}, reported {r.Reported}\n");
            }
            foreach (var group in e.Score.InconsistentDuplicates)
            {
                b.Append(CultureInfo.InvariantCulture, $"DUPLICATE {e.Document.Document}: {group[0].Concept} {group[0].Period}: {string.Join(", ", group.Select(f => f.LexicalValue))}\n");
            }
        }
        return b.ToString();
    }
}

/// <summary>A document's known wrong numbers: at most this many wrong facts and inconsistent duplicates, and why.</summary>
internal sealed record KnownProblem(int Wrong, int InconsistentDuplicates, string Reason)
{
    public static KnownProblem None { get; } = new(0, 0, string.Empty);
}
