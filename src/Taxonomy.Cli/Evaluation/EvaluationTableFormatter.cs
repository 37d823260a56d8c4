using System.Globalization;
using System.Text;
using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Evaluation;

/// <summary>
/// The score of each document and the total as an aligned table; "document" is the document values (form, fiscal
/// focus, identifiers) found of those the truth states, and "doc wrong" those reported otherwise. The time column is
/// last and can be left out, so the rest of the table is deterministic.
/// </summary>
internal static class EvaluationTableFormatter
{
    public static string Format(IReadOnlyList<DocumentEvaluation> evaluations, bool includeTime = true)
    {
        string[] headers = ["document", "truth", "found", "missing", "wrong", "inconsistent", "extra", "recall", "dei found", "dei wrong"];
        if (includeTime) headers = [.. headers, "ms"];
        var table = new TextTable(headers, headers.Select(h => h != "document").ToArray());
        foreach (var e in evaluations)
        {
            table.Add(Cells(e.Document.Document, e.TruthFacts, e.Score.Found, e.Score.Missing, e.Score.Wrong, e.Score.InconsistentDuplicates.Count, e.Score.Extra.Count, e.Recall,
                (e.Score.DocumentResults.Count, e.Score.DocumentFound, e.Score.DocumentWrong), e.Milliseconds, includeTime));
        }
        var t = EvaluationTotals.Of(evaluations);
        table.Add(Cells("total", t.TruthFacts, t.Found, t.Missing, t.Wrong, t.InconsistentDuplicates, t.Extra, t.Recall, t.DocumentValues, t.Milliseconds, includeTime));
        var output = new StringBuilder();
        table.AppendTo(output);
        return output.ToString();
    }

    private static string[] Cells(string name, int truth, int found, int missing, int wrong, int duplicates, int extra, decimal recall, (int Truth, int Found, int Wrong) dei, long ms, bool includeTime)
    {
        string[] cells = [name, Number(truth), Number(found), Number(missing), Number(wrong), Number(duplicates), Number(extra), recall.ToString("0.0", CultureInfo.InvariantCulture) + "%",
            Number(dei.Found) + "/" + Number(dei.Truth), Number(dei.Wrong)];
        return includeTime ? [.. cells, ms.ToString(CultureInfo.InvariantCulture)] : cells;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
