using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Lists of amounts read as one: "$48.2 million, $20.1 million and $6.3 million", and pairs whose periods are named before
/// them ("For the three months ended September 30, 2031 and 2030, revenue was $48.2 million and $41.0 million,
/// respectively"). With "respectively", each amount is placed when the sentence names as many periods, each dated to the
/// day, for one line item the vocabulary knows (after the amounts, closing the sentence, or before them, opening it), or
/// as many known line items as amounts for one period ("Revenue, gross profit and operating income were …"). Any other
/// list of three or more, and a pair under periods it does not match, is a finding for each amount of a known line item;
/// no amount of a list is ever given another's period or line item.
/// </summary>
internal sealed partial class ProseReader
{
    // The years of a list, in order: two to four, joined by ",", "and" or ", and" (no repeated group: see Patterns).
    private const string YearList =
        @"(?<y1>[0-9]{4})(?:,\s*|,?\s+and\s+)(?:fiscal\s+)?(?<y2>[0-9]{4})(?:(?:,\s*|,?\s+and\s+)(?:fiscal\s+)?(?<y3>[0-9]{4}))?(?:(?:,\s*|,?\s+and\s+)(?:fiscal\s+)?(?<y4>[0-9]{4}))?";

    // "… for 2031, 2030 and 2029, respectively." closing the sentence.
    [GeneratedRegex(@"\b(?:fiscal\s+)?" + YearList + @",?\s+respectively\W*$", Patterns.TimedIgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearsRespectively { get; }

    // "For the three months ended September 30, 2031 and 2030, " opening the sentence: the lead, the years, the subject after
    // them, which starts with no figure (five years are not read as three and a subject).
    [GeneratedRegex(@"^\s*(?<lead>(?:for|in|during)\s[^$;0-9]*?(?:[a-z]+\s+[0-9]{1,2},\s+)?)" + YearList + @",\s+(?<subject>[^$;0-9][^$;]*)$", Patterns.TimedIgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearsOpening { get; }

    private const string UnreadList = "one of a list of amounts whose periods or line items the sentence does not name one for each, in order";

    /// <summary>
    /// The amounts of the sentence's lists this reads, by where each starts in <paramref name="text"/>: the amount placed, or
    /// null when it is noted unread (or is no fact). Pairs the rest of the reader handles (periods named after them) are left out.
    /// </summary>
    private Dictionary<int, ProseAmount?>? ReadLists(string text, NormalizedText normalized, Sentence sentence, List<int> comparisons)
    {
        // Read once for both searches; a sentence of one amount (most) holds neither a list nor a range.
        var amounts = new List<DollarAmount>();
        foreach (var found in DollarAmount.For(text).EnumerateMatches(text)) amounts.Add(DollarAmount.Read(text, found.Index, found.Length));
        if (amounts.Count < 2) return null;
        Dictionary<int, ProseAmount?>? read = null;
        var ranges = RangeEnds(text, amounts);
        foreach (int end in ranges) (read ??= [])[end] = null;
        foreach (var list in AmountLists(text, amounts))
        {
            if (list.Any(m => ranges.Contains(m.Index))) continue;
            var placed = ReadList(list, text, normalized, sentence, comparisons);
            if (placed is null) continue;
            read ??= [];
            for (int i = 0; i < list.Count; i++) read[list[i].Index] = placed[i];
        }
        return read;
    }

    /// <summary>
    /// Where the amounts that end a range start: "$410 million to $430 million", "$1.10 - $1.20", "between $1.10 and $1.20".
    /// A range is no fact (an outlook's, whatever the sentence's verb). "Increased $5.1 million to $45.3 million" and "grew
    /// from $40.1 million to $45.3 million" are changes, not ranges.
    /// </summary>
    private static HashSet<int> RangeEnds(string text, List<DollarAmount> amounts)
    {
        var ends = new HashSet<int>();
        DollarAmount? previous = null;
        foreach (var m in amounts)
        {
            if (previous is { } low && !low.IsRange && !m.IsRange && !low.InCents && !m.InCents)
            {
                var between = text.AsSpan(low.Index + low.Length, m.Index - low.Index - low.Length).Trim();
                bool range = between is "to" or "-" or "\u2013" ? !ChangeWords.EndsChangedTo(text[..m.Index].TrimEnd())
                    : between is "and" && EndsWithWord(text.AsSpan(0, low.Index).TrimEnd(), "between");
                if (range)
                {
                    ends.Add(low.Index);
                    ends.Add(m.Index);
                }
            }
            previous = m;
        }
        return ends;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    /// <summary>Runs of two or more amounts joined only by ",", "and" or ", and".</summary>
    private static List<List<DollarAmount>> AmountLists(string text, List<DollarAmount> amounts)
    {
        var lists = new List<List<DollarAmount>>();
        List<DollarAmount>? current = null;
        foreach (var m in amounts)
        {
            if (current is [.., var last] && JoinsList(text.AsSpan(last.Index + last.Length, m.Index - last.Index - last.Length)))
            {
                current.Add(m);
                continue;
            }
            if (current is { Count: > 1 }) lists.Add(current);
            current = [m];
        }
        if (current is { Count: > 1 }) lists.Add(current);
        return lists;
    }

    private static bool JoinsList(ReadOnlySpan<char> between)
    {
        var words = between.Trim();
        return words is "," or "and" || words.StartsWith(",") && words[1..].Trim() is "and";
    }

    /// <summary>
    /// Each amount of <paramref name="list"/> placed, or null for one noted unread (or no fact); null for the whole list when
    /// it is a pair the rest of the reader reads as it did.
    /// </summary>
    private ProseAmount?[]? ReadList(List<DollarAmount> list, string text, NormalizedText normalized, Sentence sentence, List<int> comparisons)
    {
        var first = list[0];
        var last = list[^1];
        int start = first.Index, end = last.Index + last.Length;
        bool pair = list.Count == 2;
        var none = new ProseAmount?[list.Count];
        if (list.Any(m => m.IsRange || m.InCents || m.Negative || m.Magnitude is null) || PerShareWords.Follow(text, end))
        {
            // Per-share amounts and ranges of a pair are read as before; a longer list of them is not placed.
            return pair ? null : none;
        }
        string rest = UpToSentenceEnd(text[end..]);
        int nextAmount = rest.IndexOf('$');
        string closing = nextAmount < 0 ? rest : rest[..nextAmount];
        bool respectively = closing.Contains("respectively", StringComparison.OrdinalIgnoreCase);
        bool comparative = comparisons.Any(c => c < start);
        var opening = comparative ? null : YearsOpening.Match(text[..start]) is { Success: true } o ? o : null;
        // A pair whose periods are named after it, or a comparative pair, is read as before.
        if (pair && opening is null && (comparative || respectively && !Subjects(list.Count, text, normalized, start, out _))) return null;
        if (comparative) return none;
        // "increased revenue, gross profit and net income by $4.1 million, …": the sizes of changes, no figures.
        var lead = text.AsSpan(0, start).TrimEnd();
        if (EndsWithWord(lead, "by") || ChangeWords.EndsChangedTo(lead.ToString()) || ChangeWords.Names(text, 0, start, end)) return none;
        if (Excludes(text, 0, start, end) || Adjusted(text, 0, start, end)) return none;

        Period[]? periods = null;
        int subjectStart = 0;
        if (opening is not null)
        {
            periods = ListPeriods(opening.Groups["lead"].Value.Trim(), text[..(opening.Groups["y1"].Index + 4)], Years(opening));
            subjectStart = opening.Groups["subject"].Index;
        }
        else if (nextAmount < 0 && YearsRespectively.Match(rest) is { Success: true } after)
        {
            periods = ListPeriods(rest[..after.Index].Trim(), rest[..(after.Groups["y1"].Index + 4)], Years(after));
            // A pair of periods named after it that the pair reading does not date stays that reading's finding.
            if (pair) return null;
        }
        // The one line item a list of periods is of; none when its clause names several ("revenue and net income were").
        var phrases = SubjectPhrases(text, normalized, start);
        var concept = phrases.Count(p => normalized.Original(p.Start) >= subjectStart) <= 1 && Before(normalized, text, subjectStart, start, null, 0) is ({ } known, _) ? known : null;
        if (periods is not null || opening is not null)
        {
            if (concept is null) return phrases.Count > 0 ? Unread(list, null, sentence, text) : none;
            if (!respectively || periods is null || periods.Length != list.Count || concept.PeriodType == PeriodType.Instant || !AllDated(periods))
            {
                return Unread(list, concept, sentence, text);
            }
            var placed = new ProseAmount?[list.Count];
            for (int i = 0; i < list.Count; i++) placed[i] = Placed(list[i], concept, periods[i], null, i > 0, sentence, text);
            return placed;
        }
        if (respectively && Subjects(list.Count, text, normalized, start, out var concepts))
        {
            // A balance's day ("cash and debt were … at the end of 2030") is not read here.
            if (concepts.Any(c => c.PeriodType == PeriodType.Instant) || OnePeriod(text, comparisons, start, end) is not { } one) return Unread(list, null, sentence, text);
            var placed = new ProseAmount?[list.Count];
            for (int i = 0; i < list.Count; i++) placed[i] = Placed(list[i], concepts[i], one.Duration, one.Stated, false, sentence, text);
            return placed;
        }
        if (pair) return null;
        return phrases.Count > 0 ? Unread(list, concept, sentence, text) : none;
    }

    private static int[] Years(Match years) =>
        ((string[])["y1", "y2", "y3", "y4"]).Where(name => years.Groups[name].Success)
            .Select(name => int.Parse(years.Groups[name].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The periods named for each year, or null unless they are distinct and none ends after the period the document reports on.</summary>
    private Period[]? ListPeriods(string lead, string throughFirstYear, int[] years)
    {
        if (years.Distinct().Count() != years.Length || NamedPeriods(lead, throughFirstYear, years) is not { } periods) return null;
        if (periods.Distinct().Count() != periods.Length || _calendar.CurrentDuration is not { } current || periods.Any(p => p.End > current.End)) return null;
        return periods;
    }

    private bool AllDated(Period[] periods) => periods.All(_calendar.Dates);

    /// <summary>
    /// The one period of a list whose amounts are each a line item's: the period the sentence names, or the document's
    /// current one when its words name no other. Null when they do.
    /// </summary>
    private (Period Duration, bool Stated)? OnePeriod(string text, List<int> comparisons, int start, int end)
    {
        int segEnd = comparisons.FirstOrDefault(c => c > start, text.Length);
        var mentions = new ProsePeriods.Mentions(text[..segEnd]);
        var stated = ProsePeriods.Duration(mentions, start, _calendar, null, out _, out bool undated);
        if (undated) return null;
        if (stated is { } named) return _calendar.Dates(named) && _calendar.CurrentDuration is { } current && named.End <= current.End ? (named, true) : null;
        if (_calendar.CurrentDuration is not { } assumed || !_calendar.Dates(assumed)) return null;
        if (YearNamed.Other(text, 0, start, end, assumed) || OtherPeriodNamed(text, 0, start, end, assumed)) return null;
        return (assumed, false);
    }

    /// <summary>
    /// True when the clause before the list's first amount at <paramref name="start"/> is exactly <paramref name="count"/>
    /// known line items of the company joined by ",", "and" or ", and", then its verb ("Revenue, gross profit and operating
    /// income were"), with only articles, possessives or a lead-in clause ending in a comma in front of them.
    /// </summary>
    private bool Subjects(int count, string text, NormalizedText normalized, int start, out ProseConcept[] concepts)
    {
        concepts = [];
        string before = text[..start].TrimEnd();
        if (SubjectVerbs.FirstOrDefault(v => before.EndsWith(v, StringComparison.Ordinal)) is not { } verb) return false;
        int verbAt = before.Length - verb.Length;
        var phrases = SubjectPhrases(text, normalized, start);
        if (phrases.Count != count) return false;
        int clause = SubjectClauseStart(text, start);
        int firstAt = normalized.Original(phrases[0].Start);
        string lead = text[clause..firstAt].Trim();
        if (lead.Length > 0 && !lead.EndsWith(',') && lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !Connectors.Contains(w.ToLowerInvariant()))) return false;
        for (int i = 0; i < phrases.Count; i++)
        {
            int phraseStart = normalized.Original(phrases[i].Start), phraseEnd = normalized.Original(phrases[i].End);
            int next = i + 1 < phrases.Count ? normalized.Original(phrases[i + 1].Start) : verbAt;
            if (next < phraseEnd) return false;
            var between = text.AsSpan(phraseEnd, next - phraseEnd);
            if (i + 1 < phrases.Count ? !JoinsList(between) : !between.IsWhiteSpace()) return false;
            if (NotTheCompanys(text, clause, phraseStart, phraseEnd)) return false;
        }
        concepts = phrases.Select(p => p.Concept).ToArray();
        return concepts.Distinct().Count() == count;
    }

    /// <summary>The known phrases of the clause before <paramref name="start"/>, in the order printed.</summary>
    private List<(int Start, int End, ProseConcept Concept)> SubjectPhrases(string text, NormalizedText normalized, int start)
    {
        int clause = SubjectClauseStart(text, start);
        var found = _phrases.FindIn(normalized.Text, normalized.FromOriginal(clause), normalized.FromOriginal(start));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Where the clause of a list's subjects starts: after the last "; " before it, or the sentence's start.</summary>
    private static int SubjectClauseStart(string text, int start)
    {
        int semicolon = text.LastIndexOf("; ", start, start, StringComparison.Ordinal);
        return semicolon < 0 ? 0 : semicolon + 2;
    }

    private ProseAmount Placed(DollarAmount m, ProseConcept concept, Period duration, bool? stated, bool comparative, Sentence sentence, string text)
    {
        bool durationStated = stated ?? true;
        return new ProseAmount(m.Magnitude!.Value, m.Decimals, false, concept, null, duration, duration.EndInstant, comparative,
            sentence.Offset + m.Index, m.Length, text.Substring(m.Index, m.Length))
        {
            DurationStated = durationStated,
            OtherDefault = durationStated || !_calendar.ReportsQuarterAndYear || NamesTheYear(text, 0, m.Index, m.Index + m.Length) ? null : OtherDefault(duration),
        };
    }

    private ProseAmount?[] Unread(List<DollarAmount> list, ProseConcept? concept, Sentence sentence, string text)
    {
        foreach (var m in list) Skip(concept, m, sentence, text, UnreadList);
        return new ProseAmount?[list.Count];
    }
}
