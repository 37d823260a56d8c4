using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Changes stated in prose: the figure a line item changed from ("grew from $40.1 million to $45.3 million", "increased
/// to $45.3 million from $40.1 million"), read for the year before, or for the quarter before when the words say
/// "sequentially" and the calendar dates that quarter.
/// </summary>
internal sealed partial class ProseReader
{
    /// <summary>
    /// The figure a line item changed from ("revenue grew from $40.1 million to $45.3 million"): the same line item's in the
    /// year before the one it changed to. Null when the sentence names a sequential comparison ("sequentially", "the
    /// preceding quarter": the figure may be the quarter before's), or the item is a balance (which earlier day is not said).
    /// </summary>
    private ProseAmount? ChangedFrom(DollarAmount from, ProseAmount to, Sentence sentence, string text, bool sequential)
    {
        if (from.Magnitude is not { } magnitude || from.Negative || to.Concept?.PeriodType == PeriodType.Instant || to.Duration is not { } period) return null;
        if (sequential)
        {
            // "grew sequentially from $41.0 million to $45.3 million": the quarter before the reported one, when the calendar
            // dates it to the day.
            if (PreviousQuarter() is not { } previous || period != _calendar.CurrentDuration) return null;
            return new ProseAmount(magnitude, from.Decimals, false, to.Concept, to.UnknownPhrase, previous, null, true,
                sentence.Offset + from.Index, from.Length, text.Substring(from.Index, from.Length));
        }
        if (OtherPeriodWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) return null;
        var prior = _calendar.YearBefore(period);
        return new ProseAmount(magnitude, from.Decimals, false, to.Concept, to.UnknownPhrase, prior, null, true,
            sentence.Offset + from.Index, from.Length, text.Substring(from.Index, from.Length))
        {
            DurationStated = to.DurationStated,
            Nominal = to.Nominal || !_calendar.Dates(prior),
        };
    }

    /// <summary>
    /// True when the words of the change the amount at <paramref name="at"/> is part of (its clause, to the next clause
    /// break or the segment's end) name the quarter before ("sequentially", "from the preceding quarter"), and no other
    /// length, year, or quarter than <paramref name="reported"/> by its ordinal.
    /// </summary>
    private bool SequentialChange(string text, int segStart, int segEnd, int at, Period reported)
    {
        int end = segEnd;
        foreach (string clauseBreak in ClauseBreaks)
        {
            int next = text.IndexOf(clauseBreak, at, segEnd - at, StringComparison.Ordinal);
            if (next >= 0) end = Math.Min(end, next);
        }
        string words = text[ClauseStart(text, segStart, at)..end];
        if (!SequentialWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase))) return false;
        return !OtherPeriodWords.Concat(OtherLengthWords).Except(SequentialWords).Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase))
            && !YearNamedIn(words) && !NamesOtherQuarterByOrdinal(words, _calendar.QuarterEndingNear(reported.End));
    }

    private static bool YearNamedIn(string words)
    {
        for (int i = 0; i + 4 <= words.Length; i++)
        {
            if (YearNamed.IsYearAt(words, i, out _)) return true;
        }
        return false;
    }

    private static readonly string[] SequentialWords =
    [
        "sequential", "preceding quarter", "prior quarter", "previous quarter", "linked quarter", "quarter-over-quarter", "quarter over quarter",
    ];

    /// <summary>
    /// The quarter before the reported one, dated by the fiscal calendar; null unless the document reports on a quarter the
    /// calendar gives to the day and dates the quarter before too (a 52/53-week calendar's quarter is not guessed).
    /// </summary>
    private Period? PreviousQuarter()
    {
        if (_calendar.CurrentDuration is not { Days: < 100 } current || ReportedQuarter(current) is not var (year, quarter)) return null;
        var target = quarter == 1 ? (Year: year - 1, Quarter: 4) : (Year: year, Quarter: quarter - 1);
        var previous = _calendar.FiscalQuarter(target.Year, target.Quarter, false);
        return _calendar.Dates(previous) ? previous : null;
    }

    /// <summary><paramref name="total"/> when no other amount stands between it and position <paramref name="at"/> of the sentence; otherwise null.</summary>
    private static ProseAmount? Adjacent(ProseAmount? total, Sentence sentence, string text, int at)
    {
        if (total is null) return null;
        int end = total.Offset - sentence.Offset + total.Length;
        return end <= at && text.IndexOf('$', end, at - end) < 0 ? total : null;
    }

    /// <summary>
    /// The figure a line item changed from when stated after the one it changed to ("revenue increased to $45.3 million
    /// from $40.1 million"): read as <see cref="ChangedFrom"/> reads it, and only when its own words name no period or the
    /// year before ("from $40.1 million a year ago", "… in the third quarter of 2023"): "from $41.0 million in the second
    /// quarter" is not placed.
    /// </summary>
    private ProseAmount? ChangedFromAfter(DollarAmount from, ProseAmount to, Sentence sentence, string text, bool sequential)
    {
        if (to.Duration is not { } period) return null;
        string own = WordsAfter(text, from.Index + from.Length).Trim();
        if (own.Length > 0 && !sequential && !NamesYearBefore(own, period)) return null;
        // "Revenue was $45.2 million, down from $47.0 million": with no period named, the figure may be the quarter before's
        // as well as the year before's; it is placed only when the sentence names the year before somewhere.
        if (own.Length == 0 && !sequential && !SentenceNamesYearBefore(text, period))
        {
            Skip(to.Concept, from, sentence, text, "the figure it changed from names no period, and the sentence names no prior period (it may be the quarter before's as well as the year before's)");
            return null;
        }
        return ChangedFrom(from, to, sentence, text, sequential);
    }

    /// <summary>
    /// True when the sentence names the year before <paramref name="period"/> anywhere: "a year ago", "the prior-year
    /// quarter", "year over year", or that year's quarter by its ordinal and year.
    /// </summary>
    private bool SentenceNamesYearBefore(string text, Period period)
    {
        if (YearBeforeWords.Concat(YearOverYearWords).Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        var quarters = new List<QuarterMention>();
        QuarterMention.AddAll(text, quarters);
        return quarters.Any(q => _calendar.FiscalQuarter(q.Year, q.Quarter, false) == _calendar.YearBefore(period));
    }

    private static readonly string[] YearOverYearWords = ["year over year", "year-over-year", "year on year", "year-on-year"];

    /// <summary>
    /// True when <paramref name="words"/> (an amount's own words) name the year before <paramref name="period"/> and
    /// nothing else: "a year ago", "in the prior-year quarter", "in the third quarter of 2023" for the third quarter of 2024.
    /// </summary>
    private bool NamesYearBefore(string words, Period period)
    {
        var quarters = new List<QuarterMention>();
        QuarterMention.AddAll(words, quarters);
        if (quarters.Count > 0)
        {
            return quarters.All(q => _calendar.FiscalQuarter(q.Year, q.Quarter, false) == _calendar.YearBefore(period))
                && _calendar.Dates(_calendar.YearBefore(period));
        }
        if (YearNamedIn(words) || OtherLengthWords.Concat(OtherPeriodWords).Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase))) return false;
        return YearBeforeWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] YearBeforeWords =
    [
        "a year ago", "a year earlier", "year-ago", "year ago", "prior-year", "prior year", "previous year", "last year", "same period", "same quarter",
    ];

    /// <summary>
    /// True when the figure changed from that follows position <paramref name="end"/> ("… to $84.2 million from $71.5
    /// million for the first nine months") is followed by words naming a period other than the year before <paramref name="period"/>.
    /// </summary>
    private bool PeriodAfterBase(string text, int end, Period period)
    {
        var next = DollarAmount.Pattern.Match(text, end);
        if (!next.Success) return false;
        string words = WordsAfter(text, next.Index + next.Length).Trim();
        if (words.Length == 0 || NamesYearBefore(words, period)) return false;
        return YearNamedIn(words) || PeriodWords.Any(w => words.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] PeriodWords = ["period", "quarter", "year", "fiscal", "month", "week", "half", "ytd"];

    /// <summary>
    /// True when the words after an amount are "to" and another amount ("from $40.1 million to $45.3 million"), or name
    /// the quarter before first ("from $41.0 million in the preceding quarter to …").
    /// </summary>
    private static bool ToFollows(string after)
    {
        if (after.TrimStart().StartsWith("to $", StringComparison.Ordinal)) return true;
        int to = after.IndexOf(" to $", StringComparison.Ordinal);
        if (to < 0) return false;
        string between = after[..to];
        return between.IndexOfAny(['$', ',', ';', '.']) < 0 && SequentialWords.Any(w => between.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the words between an amount and the next one make the next the figure it changed from: "from" after a
    /// change to it ("increased to $45.3 million from $40.1 million", <paramref name="changedTo"/>), or a clause of a change
    /// verb after any amount ("was $41.2 million, up 8% from $38.1 million").
    /// </summary>
    private static bool ChangedFromBetween(ReadOnlySpan<char> between, bool changedTo)
    {
        var words = between.Trim();
        if (words.Equals("from", StringComparison.Ordinal)) return changedTo;
        return words.StartsWith(",") && words.IndexOfAny(';', '$') < 0 && ChangeWords.EndsChangedFrom(words[1..].TrimStart().ToString());
    }

    /// <summary>True when the words after an amount are "from" and another amount ("to $45.3 million from $40.1 million").</summary>
    private static bool FromFollows(string after)
    {
        var rest = after.AsSpan().TrimStart();
        if (!rest.StartsWith("from", StringComparison.Ordinal)) return false;
        return rest[4..].TrimStart().StartsWith("$", StringComparison.Ordinal);
    }
}
