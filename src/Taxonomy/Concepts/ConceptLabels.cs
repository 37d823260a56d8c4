namespace Taxonomy.Concepts;

/// <summary>The labels of a concept: XBRL label roles plus the wordings filings actually use.</summary>
public sealed record ConceptLabels(
    string Standard,
    string? Terse,
    string? Total,
    string? Negated,
    EquatableList<string> Synonyms)
{
    /// <summary>Every label and synonym, standard first, without repeats.</summary>
    public IEnumerable<string> All()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in new[] { Standard, Terse, Total, Negated }.Concat(Synonyms))
        {
            if (label is not null && seen.Add(label)) yield return label;
        }
    }
}
