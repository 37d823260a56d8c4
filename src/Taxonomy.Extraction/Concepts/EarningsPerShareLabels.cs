using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Long wordings of earnings per share and of the share counts it divides by, which no synonym list can hold:
/// "Net loss per share attributable to common stockholders, basic and diluted", "Weighted-average shares used in
/// computing net loss per share attributable to common stockholders, basic and diluted". The row names per-share
/// earnings (or the weighted average of shares) and says basic, diluted or both; the line item is the statement's earnings
/// per share of that kind (its <see cref="ConceptDefinition.PerShareOf"/> divides net income) or that item's denominator.
/// A row naming anything besides net earnings (continuing operations, dividends, a class of stock, an adjusted figure)
/// is left to the other rules.
/// </summary>
internal static class EarningsPerShareLabels
{
    private static readonly string[] Excluded =
    [
        " continuing ", " discontinued ", " dividend ", " dividends ", " distribution ", " distributions ", " extraordinary ",
        " cumulative ", " pro forma ", " adjusted ", " non gaap ", " book value ", " class ", " series ", " preferred ", " cash ",
        " before ", " operating ", " operations ", " noncontrolling ", " diluted effect ", " dilutive ", " end of ", " period end ",
    ];

    // "Diluted EPS": the abbreviation names earnings per share.
    private static readonly string[] Earnings = [" net income ", " net loss ", " net earnings ", " earnings ", " net income loss ", " net loss income ", " eps "];

    /// <summary>The earnings-per-share item (or its share count) <paramref name="label"/> names, or null.</summary>
    public static ConceptDefinition? Match(string label, StatementKind kind, ConceptCatalog catalog)
    {
        if (kind != StatementKind.IncomeStatement) return null;
        if (AmountKind.Named(label, kind) is not { } amount) return null;
        string t = " " + LabelNormalizer.Normalize(label) + " ";
        if (Excluded.Any(x => t.Contains(x, StringComparison.Ordinal))) return null;
        var dilution = DilutionWords.Of(t);
        if (dilution == Dilutions.None) return null;
        if (amount == ConceptDataType.PerShare && !Earnings.Any(e => t.Contains(e, StringComparison.Ordinal))) return null;
        if (amount == ConceptDataType.Shares && !t.Contains(" weighted ", StringComparison.Ordinal) && !t.Contains(" average ", StringComparison.Ordinal)
            && !t.Contains(" shares used ", StringComparison.Ordinal)) return null;
        var statement = catalog.Statements.FirstOrDefault(s => s.Kind == kind);
        if (statement is null) return null;
        var perShare = statement.Concepts.Where(c => c.DataType == ConceptDataType.PerShare && c.PerShareOf is { } of && DividesNetEarnings(statement, of.Numerator)
            && DilutionWords.Of(LabelNormalizer.Normalize(c.Labels.Standard)) == dilution).ToList();
        if (perShare.Count != 1) return null;
        if (amount == ConceptDataType.PerShare) return perShare[0];
        string denominator = perShare[0].PerShareOf!.Value.Denominator;
        return statement.Concepts.FirstOrDefault(c => c.PropertyName == denominator && c.DataType == ConceptDataType.Shares);
    }

    /// <summary>Whether the numerator is the statement's net earnings: an item whose standard label names nothing excluded above (not continuing operations).</summary>
    private static bool DividesNetEarnings(StatementDefinition statement, string numerator) =>
        statement.Concepts.FirstOrDefault(c => c.PropertyName == numerator) is { } item
        && " " + LabelNormalizer.Normalize(item.Labels.Standard) + " " is var standard && !Excluded.Any(x => standard.Contains(x, StringComparison.Ordinal));
}
