using System.Globalization;
using Taxonomy.Extraction.Periods;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Checks the periods inferred for columns without a header against what the document prints under stated headers. A
/// cash-flow statement headed only by years in a quarter's release is dated by the narrative's quarter, but it usually
/// reports the year to date: when a line it shares with another statement (net income) contradicts that statement's figure
/// for the inferred period, the inference is wrong, and every inferred column of the table with it (the comparative was
/// inferred from the first column). Each such column is dated again only when exactly one other period ending the same day
/// agrees with every line both print (one of them not zero) and contradicts none; otherwise its facts are not reported.
/// The facts printed under stated headers are kept either way (before, the contradiction withheld both printings).
/// </summary>
internal static class RefutedColumnPeriods
{
    /// <summary>One table's facts and the periods of its columns, in the order the tables were read.</summary>
    public sealed record TableColumns(string Title, SourceSpan? TitleSpan, IReadOnlyList<ColumnPeriod> Periods, List<Fact> Facts);

    public static void Check(List<Fact> facts, IReadOnlyList<TableColumns> tables, List<ValidationFinding> findings)
    {
        if (!tables.Any(t => t.Periods.Any(p => p.Inferred))) return;
        var stated = new Dictionary<(QName, Period, Unit?, Entity), List<Fact>>();
        foreach (var fact in facts)
        {
            if (fact.NumericValue is null || IsInferred(fact)) continue;
            var key = (fact.Concept, fact.Period, fact.Unit, fact.Entity);
            if (!stated.TryGetValue(key, out var list)) stated[key] = list = [];
            list.Add(fact);
        }
        if (stated.Count == 0) return;
        var statedPeriods = stated.Keys.Select(k => k.Item2).Distinct().ToList();
        var replaced = new Dictionary<Fact, Fact?>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables)
        {
            var inferred = table.Facts.Where(f => f.NumericValue is not null && IsInferred(f)).ToList();
            if (inferred.Count == 0) continue;
            var contradiction = inferred.Select(f => (Fact: f, Other: Contradicting(f, f.Period, stated))).FirstOrDefault(x => x.Other is not null);
            if (contradiction.Other is not { } other) continue;
            string refuted = string.Create(CultureInfo.InvariantCulture,
                $"{contradiction.Fact.Concept} is {contradiction.Fact.NumericValue} there and {other.NumericValue} under a stated header for {contradiction.Fact.Period}");
            var columnPeriods = table.Periods.Select(p => p.Period).OfType<Period>().ToHashSet();
            foreach (var column in table.Periods.Where(p => p.Inferred && p.Period is not null).Select(p => p.Period!.Value).Distinct())
            {
                var own = inferred.Where(f => Moved(f.Period, column, column) is not null && BelongsTo(f.Period, column, table.Periods)).ToList();
                if (own.Count == 0) continue;
                var candidates = statedPeriods.Where(q => q != column && q.End == column.End && q.IsInstant == column.IsInstant && !columnPeriods.Contains(q)
                        && Agrees(own, column, q, stated)).ToList();
                if (candidates.Count == 1)
                {
                    var q = candidates[0];
                    foreach (var fact in own)
                    {
                        var moved = Moved(fact.Period, column, q)!.Value;
                        replaced[fact] = fact with
                        {
                            Period = moved,
                            Provenance = fact.Provenance is { } p ? p with { Note = Append(p.Note, $"re-dated from {column} to {q}: {refuted}") } : null,
                        };
                    }
                    findings.Add(Findings.Make(Findings.InferredPeriodRefuted, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                        $"{table.Title}: the periods inferred for its columns without a header are contradicted ({refuted}); the column inferred as {column} agrees with the document's figures for {q} on every line both print, so it is read as {q}."),
                        table.TitleSpan, period: q));
                }
                else
                {
                    foreach (var fact in own) replaced[fact] = null;
                    findings.Add(Findings.Make(Findings.InferredPeriodRefuted, Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                        $"{table.Title}: the periods inferred for its columns without a header are contradicted ({refuted}); {(candidates.Count == 0 ? "no other period" : "more than one period")} of the document agrees with the lines of the column inferred as {column}: it is not reported."),
                        table.TitleSpan, period: column));
                }
            }
            // A line of the table in no column's period (none is read today) would keep a period the contradiction refutes.
            foreach (var fact in inferred) replaced.TryAdd(fact, null);
        }
        if (replaced.Count == 0) return;
        Replace(facts, replaced);
        foreach (var table in tables) Replace(table.Facts, replaced);
    }

    private static bool IsInferred(Fact fact) => fact.Provenance?.Methods.Contains(DecisionMethod.HeaderInferred) == true;

    /// <summary>A stated printing of the fact's concept for <paramref name="period"/> that no rounding reconciles with it.</summary>
    private static Fact? Contradicting(Fact fact, Period period, Dictionary<(QName, Period, Unit?, Entity), List<Fact>> stated)
    {
        if (!stated.TryGetValue((fact.Concept, period, fact.Unit, fact.Entity), out var printed)) return null;
        return printed.FirstOrDefault(p => !Agree(fact, p));
    }

    private static bool Agree(Fact a, Fact b) =>
        ValueInterval.Of(a.NumericValue!.Value, a.Decimals ?? Decimals.Infinite).Intersect(ValueInterval.Of(b.NumericValue!.Value, b.Decimals ?? Decimals.Infinite)) is not null;

    /// <summary>Every line of the column that the document also prints for <paramref name="to"/> agrees, and one such line is not zero.</summary>
    private static bool Agrees(List<Fact> own, Period from, Period to, Dictionary<(QName, Period, Unit?, Entity), List<Fact>> stated)
    {
        bool evidence = false;
        foreach (var fact in own)
        {
            var moved = Moved(fact.Period, from, to)!.Value;
            if (!stated.TryGetValue((fact.Concept, moved, fact.Unit, fact.Entity), out var printed)) continue;
            if (printed.Any(p => !Agree(fact, p))) return false;
            if (fact.NumericValue != 0) evidence = true;
        }
        return evidence;
    }

    /// <summary>
    /// Where a fact of a column of period <paramref name="from"/> goes when the column is <paramref name="to"/>: the column's
    /// own period, its end, or the day before its start (an opening balance); null for any other period.
    /// </summary>
    private static Period? Moved(Period period, Period from, Period to)
    {
        if (period == from) return to;
        if (!period.IsInstant) return null;
        if (period.End == from.End) return Period.Instant(to.End);
        if (from.Start is { } start && to.Start is { } toStart && period.End == start.AddDays(-1)) return Period.Instant(toStart.AddDays(-1));
        return null;
    }

    /// <summary>Whether a fact's period is of this column alone (an instant two columns could give, such as a shared end, is the first's).</summary>
    private static bool BelongsTo(Period period, Period column, IReadOnlyList<ColumnPeriod> periods)
    {
        if (period == column) return true;
        var owner = periods.Select(p => p.Period).OfType<Period>().FirstOrDefault(p => Moved(period, p, p) is not null);
        return owner == column;
    }

    private static string Append(string? note, string more) => note is null ? more : note + "; " + more;

    private static void Replace(List<Fact> facts, Dictionary<Fact, Fact?> replaced)
    {
        int kept = 0;
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = replaced.TryGetValue(facts[i], out var by) ? by : facts[i];
            if (fact is not null) facts[kept++] = fact;
        }
        facts.RemoveRange(kept, facts.Count - kept);
    }
}
