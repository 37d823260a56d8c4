using System.Globalization;
using System.Text;

namespace Taxonomy.Extraction.Evaluation;

/// <summary>How a truth fact fared.</summary>
public enum TruthOutcome
{
    /// <summary>Reported with an accepted concept, the same period and the same value.</summary>
    Found,
    /// <summary>Not reported.</summary>
    Missing,
    /// <summary>Reported with an accepted concept and the same period, but another value: worse than missing.</summary>
    Wrong,
}

/// <summary>One truth fact with its outcome and the fact that matched it (or contradicted it).</summary>
public sealed record TruthResult(TruthFact Truth, TruthOutcome Outcome, Fact? Reported);

/// <summary>One document-and-entity value of the truth with its outcome and the text reported for its concept.</summary>
public sealed record TruthDocumentResult(TruthDocumentField Truth, TruthOutcome Outcome, string? Reported);

/// <summary>The score of one extraction against a truth file.</summary>
public sealed record TruthScore(IReadOnlyList<TruthResult> Results, IReadOnlyList<IReadOnlyList<Fact>> InconsistentDuplicates, IReadOnlyList<Fact> Extra)
{
    /// <summary>Truth facts found.</summary>
    public int Found => Results.Count(r => r.Outcome == TruthOutcome.Found);

    /// <summary>Truth facts missing.</summary>
    public int Missing => Results.Count(r => r.Outcome == TruthOutcome.Missing);

    /// <summary>Truth facts reported with a wrong value.</summary>
    public int Wrong => Results.Count(r => r.Outcome == TruthOutcome.Wrong);

    /// <summary>The document-and-entity values of the truth (form, fiscal focus, identifiers) and how each fared.</summary>
    public IReadOnlyList<TruthDocumentResult> DocumentResults { get; init; } = [];

    /// <summary>Document values reported as the truth states them.</summary>
    public int DocumentFound => DocumentResults.Count(r => r.Outcome == TruthOutcome.Found);

    /// <summary>Document values reported with another value: worse than missing.</summary>
    public int DocumentWrong => DocumentResults.Count(r => r.Outcome == TruthOutcome.Wrong);

    /// <summary>A plain-text table: one line per truth fact, then duplicates and extra facts.</summary>
    public string ToTable()
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"found {Found}/{Results.Count}, missing {Missing}, wrong {Wrong}, inconsistent duplicates {InconsistentDuplicates.Count}, extra {Extra.Count}\n");
        foreach (var r in Results.OrderBy(r => r.Outcome).ThenBy(r => r.Truth.Label, StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"{r.Outcome,-8} {r.Truth.Concept?.ToString() ?? "*",-60} {r.Truth.Period,-23} {r.Truth.Value,14}");
            if (r.Reported is { } f) b.Append(CultureInfo.InvariantCulture, $"  <- {f.Concept} {f.LexicalValue}");
            b.Append('\n');
        }
        foreach (var r in DocumentResults)
        {
            b.Append(CultureInfo.InvariantCulture, $"{r.Outcome,-8} dei:{r.Truth.Concept,-56} {r.Truth.Value}");
            if (r.Reported is { } reported) b.Append(CultureInfo.InvariantCulture, $"  <- {reported}");
            b.Append('\n');
        }
        foreach (var group in InconsistentDuplicates)
        {
            b.Append(CultureInfo.InvariantCulture, $"DUPLICATE {group[0].Concept} {group[0].Period}: {string.Join(", ", group.Select(f => f.LexicalValue))}\n");
        }
        foreach (var f in Extra) b.Append(CultureInfo.InvariantCulture, $"extra    {f.Concept,-60} {f.Period,-23} {f.LexicalValue,14}\n");
        return b.ToString();
    }
}
