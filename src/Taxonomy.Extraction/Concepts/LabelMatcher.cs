using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Matches a row label to the catalog's line items of the table's statement kind: exact normalised label first,
/// then a few general rewrites (footnote marks, "(unaudited)", shareholders/stockholders, a leading "total").
/// </summary>
internal sealed class LabelMatcher
{
    private readonly ConceptCatalog _catalog;

    public LabelMatcher(ConceptCatalog catalog) => _catalog = catalog;

    public enum Outcome { None, Matched, Ambiguous }

    public (Outcome Outcome, RowConcept? Concept, string? Note) Match(string label, StatementKind kind)
    {
        var exact = MatchExact(label, kind);
        if (exact.Outcome == Outcome.None && kind == StatementKind.CashFlow && ChangeLabels.Subject(label) is { } subject
            && MatchExact(subject, kind) is (Outcome.Matched, { Definition: { } change } byChange, _) && ChangeLabels.IsChange(change))
        {
            return (Outcome.Matched, byChange with { Method = DecisionMethod.Synonym, Note = $"'{label}' read as the change in '{subject}'" }, null);
        }
        if (exact.Outcome == Outcome.None && kind != StatementKind.BalanceSheet && PeriodEndShares.Subject(label) is { } shares
            && MatchExact(shares, StatementKind.BalanceSheet) is (Outcome.Matched, { DataType: ConceptDataType.Shares, PeriodType: PeriodType.Instant } atEnd, _))
        {
            return (Outcome.Matched, atEnd with { Method = DecisionMethod.Synonym, Note = $"'{label}' read as the balance sheet's '{shares}' at the end of the period" }, null);
        }
        if (exact.Outcome == Outcome.None && ContinuingOperations.Without(label) is { } general
            && MatchExact(general, kind) is (Outcome.Matched, { Definition: { } ofContinuing } byGeneral, _) && ContinuingOperations.IsNamedBy(ofContinuing))
        {
            return (Outcome.Matched, byGeneral with { Method = DecisionMethod.Synonym, Note = $"'{label}' read as '{general}': the line item is of continuing operations" }, null);
        }
        if (exact.Outcome == Outcome.None && EarningsPerShareLabels.Match(label, kind, _catalog) is { } perShare)
        {
            return (Outcome.Matched, RowConcept.Of(perShare, DecisionMethod.Synonym,
                $"'{label}' read as '{perShare.Labels.Standard}'"), null);
        }
        if (exact.Outcome != Outcome.None || QualifiedHead(label) is not { } head) return exact;
        var byHead = MatchExact(head, kind);
        if (byHead.Outcome == Outcome.None && ShareClasses.CombinedCommonStock(head) is { } combined)
        {
            byHead = MatchExact(combined, kind);
            head = combined;
        }
        return byHead.Outcome == Outcome.Matched
            ? (Outcome.Matched, byHead.Concept! with { Method = DecisionMethod.Synonym, Note = $"'{label}' read as '{head}' (the rest qualifies it)" }, null)
            : exact;
    }

    private static readonly string[] Qualifiers =
    [
        "less ", "net of ", "including ", "includes ", "excluding ", "no par value", "par value", "authorized ", "at cost",
    ];

    private static readonly char[] Cuts = [',', ';', '('];

    /// <summary>Qualifiers of a share-capital caption, which may follow a head that itself holds commas ("Class A, Class B and Class C stock, $0.01 par value").</summary>
    private static readonly string[] ShareCapitalQualifiers = ["no par value", "par value", "stated value"];

    /// <summary>
    /// The head of a label whose tail only qualifies it ("Accounts receivable, less allowances of $62 and $55",
    /// "Common stock, no par value; 1,000 shares authorized", "Common stock, $0.01 par value"), or null. A head with
    /// commas of its own is found only before a par or stated value, which closes a share-capital caption's name.
    /// </summary>
    internal static string? QualifiedHead(string label)
    {
        bool first = true;
        for (int cut = label.IndexOfAny(Cuts); cut > 0; cut = label.IndexOfAny(Cuts, cut + 1), first = false)
        {
            var head = label.AsSpan(0, cut).Trim();
            if (head.IsEmpty || !ContainsLetter(head)) return null;
            var tail = label.AsSpan(cut + 1).TrimStart();
            var afterAmount = WithoutLeadingAmount(tail);
            if (StartsWithAnyInLowerCase(afterAmount, ShareCapitalQualifiers) || (first && StartsWithAnyInLowerCase(tail, Qualifiers))) return head.ToString();
        }
        return null;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> in lower case (invariant, a character at a time, as string.ToLowerInvariant
    /// maps the characters that can become ASCII) starts with one of <paramref name="prefixes"/> (lower-case ASCII).
    /// </summary>
    private static bool StartsWithAnyInLowerCase(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (prefix.Length > text.Length) continue;
            int i = 0;
            while (i < prefix.Length && char.ToLowerInvariant(text[i]) == prefix[i]) i++;
            if (i == prefix.Length) return true;
        }
        return false;
    }

    /// <summary>The text after a leading dollar amount ("$0.001 par value" → "par value"); the text itself when it starts with none.</summary>
    private static ReadOnlySpan<char> WithoutLeadingAmount(ReadOnlySpan<char> tail)
    {
        int i = 0;
        while (i < tail.Length && (tail[i] == '$' || tail[i] == ' ')) i++;
        if (i == 0) return tail;
        int digits = i;
        while (i < tail.Length && (char.IsAsciiDigit(tail[i]) || tail[i] is '.' or ',')) i++;
        return i > digits ? tail[i..].TrimStart() : tail;
    }

    private (Outcome Outcome, RowConcept? Concept, string? Note) MatchExact(string label, StatementKind kind)
    {
        foreach (var variant in Variants(label))
        {
            var found = _catalog.FindByNormalizedLabel(variant);
            if (found.Count == 0) continue;
            // The distinct concepts of this kind of statement, first entry of each (almost always one).
            ConceptDefinition? definition = null;
            List<ConceptDefinition>? concepts = null;
            foreach (var entry in found)
            {
                if (entry.Statement.Kind != kind) continue;
                if (definition is null) definition = entry.Concept;
                else if (concepts is null) { if (entry.Concept.Concept != definition.Concept) concepts = [definition, entry.Concept]; }
                else if (!concepts.Exists(c => c.Concept == entry.Concept.Concept)) concepts.Add(entry.Concept);
            }
            if (definition is null) continue;
            if (concepts is not null)
            {
                // Prefer the line items whose own label (not a synonym) matches.
                var byLabel = concepts.Where(c => IsOwnLabel(c, variant)).ToList();
                if (byLabel.Count == 1) definition = byLabel[0];
                else return (Outcome.Ambiguous, null, $"'{label}' names {string.Join(", ", concepts.Select(c => c.Concept.ToString()))}");
            }
            var method = IsOwnLabel(definition, variant) ? DecisionMethod.Label : DecisionMethod.Synonym;
            return (Outcome.Matched, RowConcept.Of(definition, method), null);
        }
        return (Outcome.None, null, null);
    }

    /// <summary>
    /// Matches a row printed under a caption ("Weighted average shares outstanding:" then "Basic"): the caption and the
    /// label read together first; then the label alone, unless the caption names another kind of amount (share counts
    /// against per-share amounts), in which case the one line item of that kind whose labels contain the row's words.
    /// </summary>
    public (Outcome Outcome, RowConcept? Concept, string? Note) Match(string label, string? caption, StatementKind kind) =>
        Match(label, caption, kind, string.IsNullOrWhiteSpace(caption) ? null : AmountKind.Named(caption.Trim().TrimEnd(':').Trim(), kind));

    /// <summary>As <see cref="Match(string, string?, StatementKind)"/>, with the kind of amount the caption names decided by the caller.</summary>
    /// <param name="label">The row's label.</param>
    /// <param name="caption">The caption the row is printed under, if any.</param>
    /// <param name="kind">The kind of statement.</param>
    /// <param name="captionKind">The kind of amount that applies to the row from its caption (or from the caption above a
    /// sub-caption such as "Basic"); null when none does.</param>
    public (Outcome Outcome, RowConcept? Concept, string? Note) Match(string label, string? caption, StatementKind kind, ConceptDataType? captionKind)
    {
        if (string.IsNullOrWhiteSpace(caption)) return Match(label, kind);
        string head = caption.Trim().TrimEnd(':').Trim();
        var combined = MatchExact(head + ", " + label, kind);
        if (combined.Outcome == Outcome.Matched) return combined;
        var alone = Match(label, kind);
        // Only a label that names no kind of amount itself ("Basic", "Diluted") takes its kind from the caption.
        if (captionKind is not { } expected || alone.Concept?.DataType == expected || AmountKind.Named(label, kind) is not null) return alone;
        var words = Strip(LabelNormalizer.Normalize(label)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1 && expected == ConceptDataType.PerShare && PerShareOf(label, words, head, alone.Concept?.Definition, kind) is { } perShare)
        {
            return (Outcome.Matched, perShare, null);
        }
        if (words.Length != 1)
        {
            // A longer label under a per-share caption ("Cumulative effect of a change in accounting principle" under
            // "Earnings per share" / "Basic") is a per-share amount: never the money line item its words name. (Captions
            // naming share counts are not read so: balance sheets print equity captions that mention shares.)
            return expected == ConceptDataType.PerShare && alone.Outcome == Outcome.Matched
                ? (Outcome.None, null, $"Row '{label}' is printed under '{head}', which names per-share amounts, and no per-share line item carries its words (alone they name {alone.Concept!.Concept})")
                : alone;
        }
        var candidates = _catalog.Statements.Where(s => s.Kind == kind).SelectMany(s => s.Concepts)
            .Where(c => c.DataType == expected && AllLabels(c).Any(l => words.All(w => (" " + l + " ").Contains(" " + w + " ", StringComparison.Ordinal))))
            .DistinctBy(c => c.Concept).ToList();
        if (candidates.Count > 1)
        {
            // The item whose shortest such label adds least to the row's words ("Basic shares" over "Basic and diluted shares").
            var shortest = candidates.Select(c => (Concept: c, Length: AllLabels(c).Where(l => words.All(w => (" " + l + " ").Contains(" " + w + " ", StringComparison.Ordinal))).Min(l => l.Length))).ToList();
            int min = shortest.Min(x => x.Length);
            if (shortest.Count(x => x.Length == min) == 1) candidates = [shortest.First(x => x.Length == min).Concept];
        }
        if (candidates.Count == 1)
        {
            var d = candidates[0];
            return (Outcome.Matched, RowConcept.Of(d, DecisionMethod.Synonym,
                $"'{label}' read under the caption '{head}'"), null);
        }
        return alone.Outcome == Outcome.Matched
            ? (Outcome.Ambiguous, null, $"the caption '{head}' names {expected} amounts but '{label}' names {alone.Concept!.Concept}")
            : alone;
    }

    /// <summary>
    /// The per-share line item of a row printed under a caption of per-share amounts that says basic or diluted
    /// ("Earnings per share - basic:" then "Continuing operations", "Discontinued operations", "Net income"), or null.
    /// The row names the amount divided: a money line item (the per-share items declaring it their numerator), else
    /// words every per-share item of that amount carries in one of its labels. The caption and the row together say
    /// basic, diluted or both; exactly one candidate must say the same in its standard label.
    /// </summary>
    private RowConcept? PerShareOf(string label, string[] words, string caption, ConceptDefinition? named, StatementKind kind)
    {
        var captionWords = LabelNormalizer.Normalize(caption).Split(' ');
        var dilution = DilutionWords.Of(captionWords.Concat(words));
        if (dilution == Dilutions.None) return null;
        var perShare = _catalog.Statements.Where(s => s.Kind == kind).SelectMany(s => s.Concepts).Where(c => c.DataType == ConceptDataType.PerShare);
        var candidates = named is { DataType: ConceptDataType.Monetary }
            ? perShare.Where(c => c.PerShareOf is { } ratio && ratio.Numerator == named.PropertyName)
            : perShare.Where(c => AllLabels(c).Any(l => words.All(w => w is "basic" or "diluted" || (" " + l + " ").Contains(" " + w + " ", StringComparison.Ordinal))));
        var chosen = candidates.Where(c => DilutionWords.Of(LabelNormalizer.Normalize(c.Labels.Standard)) == dilution).DistinctBy(c => c.Concept).ToList();
        if (chosen.Count != 1) return null;
        var d = chosen[0];
        string reading = named is null ? "its words" : $"{named.Concept}";
        return RowConcept.Of(d, DecisionMethod.Synonym,
            $"'{label}' read under the caption '{caption}' as {reading} per share");
    }

    internal static IEnumerable<string> AllLabels(ConceptDefinition c) =>
        new[] { c.Labels.Standard, c.Labels.Terse, c.Labels.Total }.Concat(c.Labels.Synonyms).Where(l => l is not null).Select(l => LabelNormalizer.Normalize(l!));

    /// <summary>Whether <paramref name="key"/> (a normalised label) is the item's standard, terse or total label, normalised.</summary>
    private static bool IsOwnLabel(ConceptDefinition concept, string key)
    {
        foreach (string? own in OwnLabels.GetValue(concept, static c => [Normalized(c.Labels.Standard), Normalized(c.Labels.Terse), Normalized(c.Labels.Total)]))
        {
            if (own == key) return true;
        }
        return false;
    }

    private static string? Normalized(string? label) => label is null ? null : LabelNormalizer.Normalize(label);

    /// <summary>A line item's own labels (standard, terse, total) normalised, once per definition.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConceptDefinition, string?[]> OwnLabels = new();

    internal static IEnumerable<string> Variants(string label)
    {
        string normalized = LabelNormalizer.Normalize(label);
        yield return normalized;
        string stripped = Strip(normalized);
        if (stripped != normalized) yield return stripped;
        string swapped = stripped.Replace("shareholders", "stockholders", StringComparison.Ordinal);
        if (swapped != stripped) yield return swapped;
        if (swapped.StartsWith("total ", StringComparison.Ordinal)) yield return swapped["total ".Length..];
    }

    internal static string Strip(string normalized)
    {
        // A normalised label has single spaces between words and none around them: a noise word closes it when it is the
        // whole label or follows its last space. Each is removed in turn, in this order.
        var s = normalized.AsSpan();
        foreach (string noise in Noise)
        {
            if (s.Length == noise.Length ? s.SequenceEqual(noise) : s.Length > noise.Length && s[^(noise.Length + 1)] == ' ' && s.EndsWith(noise, StringComparison.Ordinal))
            {
                s = s[..Math.Max(0, s.Length - noise.Length - 1)];
            }
        }
        return s.Length == normalized.Length ? normalized : s.ToString();
    }

    private static readonly string[] Noise = ["unaudited", "note 1", "note 2", "1", "2", "3", "a", "b"];
}
