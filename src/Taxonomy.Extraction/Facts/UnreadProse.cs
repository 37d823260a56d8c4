using System.Globalization;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Says which line items' amounts the prose states but the reader leaves unread, one info finding each with why: so a
/// lost amount is never silent. An amount the document reports anyway (a fact of its line item, or of any line item for
/// an undecided one, agreeing with it in size) needs none: nothing is lost. Ranges, outlooks, changes and adjusted
/// measures are no facts to lose and are not named.
/// </summary>
internal static class UnreadProse
{
    /// <remarks>
    /// <c>reportsAPeriod</c> is true when the document has a period it reports on (the narrative's or its tables'). Without one, the prose amounts
    /// with no period of their own are unread for that reason ("results for the quarter ended in March"); with one, such
    /// amounts are left without a finding: they are a segment's or a product line's comparatives more often than the
    /// company's (the README's prose rules), and a finding naming them the company's line item would mislead.
    /// <c>undated</c> says what the document leaves unsaid for its period to be decided (<see cref="Periods.DocumentCalendar.Undated"/>).
    /// </remarks>
    public static void Report(IReadOnlyList<ProseSkip> skipped, IReadOnlyList<ProseAmount> prose, IReadOnlyList<Fact> facts, bool reportsAPeriod, string undated,
        Loading.SourceText source, List<ValidationFinding> findings)
    {
        var unread = new List<ProseSkip>(skipped);
        foreach (var amount in reportsAPeriod ? Enumerable.Empty<ProseAmount>() : prose)
        {
            if (amount.Concept is { } concept && amount.Period is null)
            {
                unread.Add(new ProseSkip(concept, amount.Value, amount.Decimals, amount.Offset, amount.Length, amount.Text,
                    "the document names no period it reports on to the day" + (undated.Length > 0 ? ", " + undated : string.Empty) + ", and its sentence none of its own"));
            }
        }
        foreach (var skip in unread.OrderBy(s => s.Offset))
        {
            if (ReportedAnyway(skip, facts)) continue;
            string of = skip.Concept is { } c ? " for " + c.Concept : string.Empty;
            findings.Add(Findings.Make(Findings.NarrativeUnread, Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"The narrative states {skip.Text}{of}, but it is not read: {skip.Reason}."),
                source.Span(skip.Offset, skip.Length), skip.Concept?.Concept, actual: skip.Value));
        }
    }

    private static bool ReportedAnyway(ProseSkip skip, IReadOnlyList<Fact> facts)
    {
        decimal magnitude = Math.Abs(skip.Value);
        foreach (var fact in facts)
        {
            if (fact.NumericValue is not { } value || skip.Concept is { } c && fact.Concept != c.Concept) continue;
            decimal tolerance = skip.Decimals.HalfUnit + (fact.Decimals ?? Decimals.Infinite).HalfUnit;
            if (Math.Abs(Math.Abs(value) - magnitude) <= tolerance) return true;
        }
        return false;
    }
}
