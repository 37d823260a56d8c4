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
            Counts(json, EvaluationTotals.Of([e]));
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
            json.WriteStartArray("wrongDocumentValues");
            foreach (var r in e.Score.DocumentResults.Where(r => r.Outcome == Extraction.Evaluation.TruthOutcome.Wrong))
            {
                json.WriteStartObject();
                json.WriteString("concept", "dei:" + r.Truth.Concept);
                json.WriteString("expected", r.Truth.Value);
                json.WriteString("reported", r.Reported);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var t = EvaluationTotals.Of(evaluations);
        json.WriteStartObject("total");
        json.WriteNumber("documents", t.Documents);
        Counts(json, t);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void Counts(Utf8JsonWriter json, EvaluationTotals counts)
    {
        json.WriteNumber("truthFacts", counts.TruthFacts);
        json.WriteNumber("found", counts.Found);
        json.WriteNumber("missing", counts.Missing);
        json.WriteNumber("wrong", counts.Wrong);
        json.WriteNumber("inconsistentDuplicates", counts.InconsistentDuplicates);
        json.WriteNumber("extra", counts.Extra);
        json.WriteNumber("recall", counts.Recall);
        json.WriteNumber("documentValues", counts.DocumentValues.Truth);
        json.WriteNumber("documentValuesFound", counts.DocumentValues.Found);
        json.WriteNumber("documentValuesWrong", counts.DocumentValues.Wrong);
        json.WriteNumber("ms", counts.Milliseconds);
    }
}
