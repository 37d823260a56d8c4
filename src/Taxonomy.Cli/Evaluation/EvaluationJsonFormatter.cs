using System.Text.Json;
using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Evaluation;

/// <summary>The score of each document and the total as JSON (<c>ms</c> is the only non-deterministic member).</summary>
internal static class EvaluationJsonFormatter
{
    public static string Format(IReadOnlyList<DocumentEvaluation> evaluations) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var e in evaluations)
        {
            json.WriteStartObject();
            json.WriteString("document", e.Document.Document);
            json.WriteString("truthFile", e.Document.TruthName);
            Counts(json, e.TruthFacts, e.Score.Found, e.Score.Missing, e.Score.Wrong, e.Score.InconsistentDuplicates.Count, e.Score.Extra.Count, e.Recall, e.Milliseconds);
            json.WriteStartArray("wrongFacts");
            foreach (var r in e.Score.Results.Where(r => r.Outcome == Extraction.Evaluation.TruthOutcome.Wrong))
            {
                json.WriteStartObject();
                json.WriteString("concept", r.Truth.Concept?.ToString() ?? "*");
                json.WriteString("period", r.Truth.Period.ToString());
                json.WriteNumber("expected", r.Truth.Value);
                json.WriteString("reportedConcept", r.Reported!.Concept.ToString());
                json.WriteString("reported", r.Reported.LexicalValue);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var t = EvaluationTotals.Of(evaluations);
        json.WriteStartObject("total");
        json.WriteNumber("documents", t.Documents);
        Counts(json, t.TruthFacts, t.Found, t.Missing, t.Wrong, t.InconsistentDuplicates, t.Extra, t.Recall, t.Milliseconds);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void Counts(Utf8JsonWriter json, int truth, int found, int missing, int wrong, int duplicates, int extra, decimal recall, long ms)
    {
        json.WriteNumber("truthFacts", truth);
        json.WriteNumber("found", found);
        json.WriteNumber("missing", missing);
        json.WriteNumber("wrong", wrong);
        json.WriteNumber("inconsistentDuplicates", duplicates);
        json.WriteNumber("extra", extra);
        json.WriteNumber("recall", recall);
        json.WriteNumber("ms", ms);
    }
}
