using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Reads the amounts prose states ("net loss of $9.4 million", "cash used in operations was $2.6 million, compared
/// to $5.8 million during the same period last year"): value and precision, the concept its phrase names, the period.
/// Ranges and forward-looking sentences are not facts and are skipped.
/// </summary>
internal sealed partial class ProseReader
{
    private static Regex Comparison => ComparisonPhrase.Pattern;

    private static readonly string[] ForwardLooking = ["expect", "anticipat", "guidance", "forecast", "outlook", "projected", "projection", "will be between", "to be between", "estimate", "reaffirm", "reiterat"];

    // One pass over an ASCII sentence for all of them, case-insensitively (ASCII case folding, as Contains ignoring case does there).
    private static readonly System.Buffers.SearchValues<string> ForwardLookingWords = System.Buffers.SearchValues.Create(ForwardLooking, StringComparison.OrdinalIgnoreCase);
    private static readonly string[] SubjectVerbs = [" was", " were", " totaled", " totalled", " is", " amounted to", " reached", " of approximately", " were approximately", " was approximately"];
    private static readonly string[] PhraseEnds = [",", ";", ".", " compared", " for the", " for fiscal", " as of", " during", " in the", " from ", " related", " and $", " versus", "(", ":"];

    private static readonly string[] TimeWords = [" period", " quarter", " year", " fiscal", " month", " week"];

    private readonly PhraseIndex _phrases;
    private readonly DocumentCalendar _calendar;
    private readonly SubjectOwner _owner;
    private readonly List<ProseSkip> _skipped = [];

    /// <summary>The amounts of line items <see cref="Read"/> found but left unread (not ranges, outlooks, changes or adjusted measures, which are no facts).</summary>
    public IReadOnlyList<ProseSkip> Skipped => _skipped;

    /// <param name="phrases">The phrases that name concepts.</param>
    /// <param name="calendar">The document's periods.</param>
    /// <param name="owner">Whose line items a possessive names, from the registrant's name when known ("Bluefin's revenues" is the consolidated company); none known without it.</param>
    public ProseReader(PhraseIndex phrases, DocumentCalendar calendar, SubjectOwner? owner = null)
    {
        _phrases = phrases;
        _calendar = calendar;
        _owner = owner ?? new SubjectOwner(null);
    }

    public List<ProseAmount> Read(IEnumerable<Sentence> sentences)
    {
        var result = new List<ProseAmount>();
        foreach (var sentence in sentences) ReadSentence(sentence, result);
        return result;
    }

    private void ReadSentence(Sentence sentence, List<ProseAmount> result)
    {
        string text = sentence.Text;
        if (text.IndexOf('$') < 0 && !Patterns.MayContain(text, "cent")) return;
        if (IsForwardLooking(text) || OutlookVerbs.Any(text)) return;
        var comparisons = new List<int>();
        if (Patterns.MayContainAny(text, "compare", "versus"))
        {
            foreach (var comparison in Comparison.EnumerateMatches(text)) comparisons.Add(comparison.Index);
        }
        var normalized = new NormalizedText(text);
        Period? primary = null;
        bool primaryStated = false;
        // The primary period is a year to date of a fiscal year the document does not state (see ProsePeriods.Duration).
        bool primaryUndated = false;
        // "These results compare to revenue of …": the sentence states only the comparatives of another one's amounts.
        bool comparativesOnly = false;
        ProseAmount? lastPrimary = null;
        // Line items stated since the last comparative ("operating expenses were $310.2 million and interest expense was
        // $12.4 million"): one comparative after two of them compares with either.
        int primariesSinceComparative = 0;
        // The amount before this one was skipped as the first of "$X and $Y": this one is the last of a list, in order.
        bool endsList = false;
        // The last total of the sentence was not a line item's (a measure the vocabulary does not know, a segment's).
        bool otherTotal = false;
        ProseAmount? respectively = null;
        // How many amounts were noted unread before the first of a "respectively" pair or list, when the amount before was one.
        int pairSkips = -1;
        // The amount before was the first of a "respectively" pair, read.
        bool pairFirstRead = false;
        // The period the words after a pair name for its second amount ("… for the third quarters of 2031 and 2030, respectively").
        Period? pairSecondPeriod = null;
        // "grew from $40.1 million to $45.3 million": the amount changed from, read as the comparative of the one after "to".
        DollarAmount? changedFrom = null;
        // "increased to $45.3 million from $40.1 million": the amount changed to, and where its words end; the amount right
        // after it and "from" is the figure it changed from.
        // An amount stated plainly ("Revenue was $41.2 million") is changedTo too, with ChangedTo false: then only a change
        // clause right after it (", up 8% from $38.1 million") names the figure it changed from.
        (ProseAmount Amount, int End, bool Sequential, bool ChangedTo)? changedTo = null;
        // The last total read (the primary's or a comparative's): a per-share amount right after it ("compared to a net
        // loss of $2.4 million, or $0.08 per diluted share") takes its sign.
        ProseAmount? lastTotal = null;
        // The last primary amount's own words name the year ("full year"): its comparatives' default is no quarter either.
        bool yearNamed = false;
        // The last primary amount's own words name the quarter a release on the quarter and the year reports ("For the
        // fourth quarter, net income was …"): it is that quarter's, and its comparatives' default is the year before's quarter.
        bool quarterNamed = false;
        // Several amounts share a segment: its period phrases are found once.
        var mentionsBySegment = new Dictionary<(int, int), ProsePeriods.Mentions>();
        // Lists of amounts ("$48.2 million, $20.1 million and $6.3 million") read as one, see ProseReader.Lists.
        var lists = ReadLists(text, normalized, sentence, comparisons);
        // Where the amount before the current one ends: the words before it are that amount's.
        int previousEnd = 0;
        foreach (var found in DollarAmount.For(text).EnumerateMatches(text))
        {
            var m = DollarAmount.Read(text, found.Index, found.Length);
            if (lists is not null && lists.TryGetValue(m.Index, out var inList))
            {
                if (inList is not null) result.Add(inList);
                // What follows a list is not compared with, nor changed from, any one of its amounts.
                previousEnd = m.Index + m.Length;
                lastPrimary = null;
                lastTotal = null;
                changedTo = null;
                changedFrom = null;
                respectively = null;
                pairSecondPeriod = null;
                pairSkips = -1;
                pairFirstRead = false;
                endsList = false;
                continue;
            }
            var listed = pairSecondPeriod;
            pairSecondPeriod = null;
            // "41 cents per diluted share" is a per-share amount; "12 cents a gallon" is none of ours.
            if (m.InCents && !PerShareWords.Follow(text, m.Index + m.Length)) continue;
            // "Net loss was ($3.1 million)": the parentheses are read with the amount, as its sign or an aside (decided below).
            bool wrapped = !m.Negative && WrappedAsFigure(text, m);
            if (wrapped) m = m with { Index = m.Index - 1, Length = m.Length + 2, Negative = true };
            int lastAmountEnd = previousEnd;
            previousEnd = m.Index + m.Length;
            if (m.IsRange) continue; // guidance, not a fact
            string after = text[(m.Index + m.Length)..];
            if (changedTo is { } to && ChangedFromBetween(text.AsSpan(to.End, m.Index - to.End), to.ChangedTo))
            {
                changedTo = null;
                if (ChangedFromAfter(m, to.Amount, sentence, text, to.Sequential) is { } before) result.Add(before);
                continue;
            }
            changedTo = null;
            if (ToFollows(after) && ChangeWords.EndsChangedFrom(text[..m.Index].TrimEnd()))
            {
                changedFrom = m;
                continue;
            }
            bool pairStarts = after.TrimStart().StartsWith("and $", StringComparison.Ordinal);
            var pairPeriods = pairStarts && (comparisons.Count == 0 || comparisons[0] > m.Index) ? PairPeriods(text, m) : null;
            pairSecondPeriod = pairPeriods?[1];
            bool pairedFirst = pairPeriods is not null || pairStarts && RespectivelyByPeriod(after);
            // "Research and development expenses and general and administrative expenses were $3.1 million and $4.2 million,
            // respectively": an amount another follows with "and" is the first of its list, never the second of a pair.
            bool pairedSecond = !pairStarts && (listed is not null || RespectivelyFollows(after));
            // "Net income was $4.2 million and $3.0 million for the third quarters of 2031 and 2030, respectively": when the
            // pair's first amount is read or noted unread, and this one is not paired with it, it is noted unread; the two are
            // never given one period.
            bool firstRead = pairFirstRead;
            bool firstNoted = pairSkips >= 0 && _skipped.Count > pairSkips || firstRead;
            pairSkips = pairedFirst ? _skipped.Count : -1;
            pairFirstRead = false;
            bool paired = pairedSecond && respectively is not null && (listed is not null ? firstRead : RespectivelyByPeriod(after));
            if (!paired && firstNoted && SaysRespectively(after))
            {
                Skip(null, m, sentence, text, UnreadRespectively);
                continue;
            }
            if (pairedSecond && !paired) continue;
            bool lastOfList = endsList;
            endsList = false;
            if (!pairedFirst && !pairedSecond && after.TrimStart().StartsWith("and $", StringComparison.Ordinal))
            {
                endsList = true;
                if (SaysRespectively(after) && ListOfLineItem(normalized, text, comparisons, m, lastAmountEnd))
                {
                    pairSkips = _skipped.Count;
                    Skip(null, m, sentence, text, UnreadRespectively);
                }
                continue;
            }
            int segment = comparisons.Count(c => c < m.Index);
            int segStart = segment == 0 ? 0 : comparisons[segment - 1];
            int segEnd = segment < comparisons.Count ? comparisons[segment] : text.Length;
            // ", and general and administrative expenses were $21.1 million" after a comparison starts a new statement.
            int clause = Math.Max(text.LastIndexOf(", and ", m.Index, Math.Max(0, m.Index - segStart), StringComparison.Ordinal), text.LastIndexOf("; ", m.Index, Math.Max(0, m.Index - segStart), StringComparison.Ordinal));
            if (segment > 0 && clause > segStart && Before(normalized, text, clause, m.Index) is { } fresh && (fresh.Item1 is not null || fresh.Item2 is not null))
            {
                segment = 0;
                segStart = clause;
            }
            if (!mentionsBySegment.TryGetValue((segStart, segEnd), out var mentions))
            {
                mentions = new ProsePeriods.Mentions(text[segStart..segEnd]);
                mentionsBySegment[(segStart, segEnd)] = mentions;
            }
            int near = m.Index - segStart;
            // "Fourth-quarter revenue was $61.0 million and full-year revenue was $230.5 million": words after the amount
            // before that name a period of their own are this amount's, the sentence's start is not.
            int periodFrom = segment == 0 && lastAmountEnd > segStart && NamesAPeriod(text.AsSpan(lastAmountEnd, m.Index - lastAmountEnd)) ? lastAmountEnd : segStart;
            if (segment == 0 && primary is null)
            {
                primary = ProsePeriods.Duration(mentions, near, _calendar, null, out _, out primaryUndated);
                primaryStated = primary is not null;
                primary ??= _calendar.CurrentDuration;
            }
            else if (segment > 0 && primary is null && lastPrimary is null)
            {
                comparativesOnly = true;
            }
            if (m.Magnitude is not { } magnitude) continue;
            bool comparative = segment > 0 || pairedSecond;
            if (ChangeWords.Names(text, segStart, m.Index, m.Index + m.Length))
            {
                // "an increase in revenue of $40 million", "$12 million lower than a year ago": a difference between two
                // periods' figures is neither figure. The comparatives after a change that names a line item are not given the
                // last one's; after "…, an increase of $41 million, compared with $1.81 billion" they still are.
                int phrase = Math.Max(segStart, text.LastIndexOf(',', Math.Max(0, m.Index - 1)) + 1);
                if (!comparative && ContainsPhrase(normalized, text, phrase, m.Index)) lastPrimary = null;
                continue;
            }
            // Such comparatives take a period their words name ("in the year-ago quarter", relative to the document's
            // current period), never one by default: without a primary amount there is nothing "compared" tells the period of.
            if (!comparative) quarterNamed = !primaryStated && primary == _calendar.CurrentDuration && NamesReportedQuarter(text, periodFrom, m.Index, m.Index + m.Length);
            var reference = quarterNamed ? _calendar.ReportedQuarter : primary;
            var stated = ProsePeriods.Duration(mentions, near, _calendar, comparativesOnly ? _calendar.CurrentDuration : reference, out bool relativeToPrimary, out bool undated, out bool toDate);
            // "Profit was $310 million, compared with $301 million in the first nine months of 2024": a year to date compared
            // with a period of another length is no like-for-like comparative; it is not placed.
            if (comparative && toDate && stated is { } other && reference is { } compared && Math.Abs(other.Days - compared.Days) > 20)
            {
                Skip(null, m, sentence, text, "a comparative for a year to date beside an amount of another length");
                continue;
            }
            if (pairPeriods is [var firstPeriod, _])
            {
                stated = firstPeriod;
                relativeToPrimary = undated = false;
            }
            var duration = stated ?? (comparativesOnly ? null : comparative ? (reference is { } p ? _calendar.YearBefore(p) : null) : reference);
            // A period named only relative to the sentence's first one ("same period last year") is as stated as that one.
            bool durationStated = stated is not null && !relativeToPrimary || primaryStated || quarterNamed;
            var statedInstant = ProsePeriods.Instant(mentions, near);
            var instant = statedInstant ?? (comparative ? null : reference?.EndInstant);

            ProseConcept? concept = null;
            string? unknown = null;
            bool perShare = false;
            bool namedPerShare = false;
            bool otherSubject = false;
            bool basisUnsaid = false;
            if (pairedSecond)
            {
                concept = respectively!.Concept;
                unknown = respectively.UnknownPhrase;
                duration = listed ?? (reference is { } pp ? _calendar.YearBefore(pp) : null);
                durationStated = listed is not null || primaryStated || quarterNamed;
                instant = null;
            }
            else if ((Adjacent(lastTotal, sentence, text, m.Index) ?? lastPrimary) is var total
                && PerShareConcept(after, total, OwnIncomeSign(normalized, text, ClauseStart(text, segStart, m.Index), lastAmountEnd, m.Index)) is { } eps)
            {
                // "Funds from operations were $90.3 million, or $0.91 per diluted share": the per-share amount of a measure
                // the vocabulary does not know (a non-GAAP one) is that measure's, not earnings per share.
                perShare = true;
                if (otherTotal || lastPrimary is { Concept: null, UnknownPhrase: not null }) otherSubject = true;
                // "Loss from continuing operations was $0.8 million, or $0.04 per diluted share": that total's per-share item, not
                // earnings per share (net income's); "operating income …, or $0.15 per diluted share" is no item's.
                else if (total?.Concept is { } measure && _phrases.PerShareOf(measure.Concept, eps.Concept) is null) otherSubject = true;
                // "$2.41 per diluted share, in the fourth quarter of 2021." on a wrapped line: whose it is, and when, is on the line before.
                else if (sentence.Continues && lastPrimary is null && !ContainsPhrase(normalized, text, 0, m.Index)) otherSubject = true;
                else concept = total?.Concept is { } of && _phrases.PerShareOf(of.Concept, eps.Concept) is { } item ? eps with { Concept = item } : eps;
            }
            else if (PerShareWords.Follow(text, m.Index + m.Length))
            {
                otherSubject = true; // "$2.86 per share" in words the vocabulary does not know: a per-share amount, never a total
                perShare = true;
                // "net income of $4.2 million, or $0.21 per share": earnings per share, but basic or diluted is not said.
                if ((Adjacent(lastTotal, sentence, text, m.Index) ?? lastPrimary)?.Concept is { } income && EarnsPerShare(income))
                {
                    Skip(null, m, sentence, text, "a per-share amount of earnings that says neither basic nor diluted");
                    // The comparatives that follow are still net income's ("…, compared with $3.0 million, or $0.15 per share").
                    basisUnsaid = true;
                }
            }
            else if (PerShareWords.NamedBefore(text, ClauseStart(text, segStart, m.Index), m.Index) is var (epsBefore, phraseStart)
                && !NarrowedBefore(text, segStart, phraseStart) && !_owner.IsAnother(text, segStart, phraseStart, m.Index))
            {
                // "GAAP diluted EPS of $0.41", "net loss per basic and diluted share was $0.19": earnings per share named before it.
                concept = epsBefore;
                perShare = true;
                namedPerShare = true;
            }
            else if (After(normalized, text, m.Index + m.Length) is { } named)
            {
                (concept, unknown) = named;
            }
            else if (Before(normalized, text, segStart, m.Index, comparative ? lastPrimary?.Concept : null, lastAmountEnd) is { } subject)
            {
                (concept, unknown) = subject;
                otherSubject = concept is null && unknown is null;
            }
            else if (comparative && lastPrimary is not null && !ContainsPhrase(normalized, text, segStart, m.Index))
            {
                // After two line items, or a line item and a measure the vocabulary does not know ("bookings were $12.4
                // million"), one comparative compares with either: not placed.
                if ((primariesSinceComparative > 1 || otherTotal) && !lastOfList)
                {
                    Skip(null, m, sentence, text, "a comparative that may be of either of the measures stated before it");
                    continue;
                }
                concept = lastPrimary.Concept;
                unknown = lastPrimary.UnknownPhrase;
                perShare = lastPrimary.PerShare;
            }
            if (concept is null && unknown is null)
            {
                // A segment's or a per-share amount: the comparatives that follow are that measure's too, not the last line item's.
                if (otherSubject && !basisUnsaid) lastPrimary = null;
                // A total of a measure the vocabulary does not know ("funds from operations were $90.3 million"): the
                // per-share amount that follows it is that measure's too.
                if (!perShare && !comparative) otherTotal = true;
                continue;
            }
            // "grew sequentially from $41.0 million to $45.3 million", "increased sequentially to $45.3 million from …": the
            // words name the base of the change, the quarter before; the amount changed to is the reported quarter's.
            bool sequential = !comparative && stated is null && !quarterNamed && primary is { } reportedQuarter && reportedQuarter == _calendar.CurrentDuration
                && (changedFrom is not null || FromFollows(after)) && SequentialChange(text, segStart, segEnd, m.Index, reportedQuarter);
            // "increased to $84.2 million from $71.5 million for the first nine months": a period named after the figure changed
            // from may be the change's own, the amount's too; it is not placed by default.
            if (!comparative && stated is null && !sequential && duration is { } changeTo && FromFollows(after) && PeriodAfterBase(text, m.Index + m.Length, changeTo))
            {
                if (concept is not null) Skip(concept, m, sentence, text, "the period named after the figure it changed from may be the change's or the amount's");
                lastPrimary = null;
                continue;
            }
            // "2021 sales and revenues of $51.0 billion": a year named alone is a period the default one is not.
            bool otherQuarter = false;
            if (stated is null && !pairedSecond && !sequential && concept?.PeriodType != PeriodType.Instant && duration is { } assumed
                && (YearNamed.Other(text, periodFrom, m.Index, m.Index + m.Length, assumed) || OtherPeriodNamed(text, periodFrom, m.Index, m.Index + m.Length, assumed)))
            {
                // "compared to $198.0 million in the second quarter of 2031": a quarter the amount's own words name, placed
                // when the fiscal calendar dates it to the day; otherwise the amount is not placed.
                if (OtherQuarterNamed(text, periodFrom, m.Index, m.Index + m.Length) is { } quarter)
                {
                    duration = quarter;
                    durationStated = true;
                    otherQuarter = true;
                }
                else
                {
                    if (concept is not null) Skip(concept, m, sentence, text, "its words name another period than the one it would take, which the document does not date to the day");
                    // The per-share amounts and comparatives that follow are that unplaced amount's, not the last line item's.
                    if (!comparative) lastPrimary = null;
                    continue;
                }
            }
            // "Total assets were $893.6 million at the end of the second quarter": a balance at another point than the
            // period's end it would default to.
            if (statedInstant is null && !pairedSecond && concept?.PeriodType == PeriodType.Instant && instant is { } point
                && OtherPointNamed(text, segStart, m.Index, m.Index + m.Length, point))
            {
                if (concept is not null) Skip(concept, m, sentence, text, "its words name another point in time than the period's end, which the document does not date");
                if (!comparative) lastPrimary = null;
                continue;
            }
            // "Operating expenses, excluding a $3.2 million impairment charge, were $128.8 million": an adjusted measure,
            // not the line item (nor are the comparatives that follow it).
            // "On a non-GAAP basis, operating income was $19.9 million", "net income, as adjusted, was …": a measure adjusted
            // away from the line item.
            if (!pairedSecond && (Excludes(text, segStart, m.Index, m.Index + m.Length) || Adjusted(text, segStart, m.Index, m.Index + m.Length)))
            {
                lastPrimary = null;
                continue;
            }
            // "For the fourth quarter of 2031, the company sees net income of $7.0 million" in a third-quarter release: a period
            // that ends after the one the document reports on is an outlook's, not a fact.
            if (concept?.PeriodType != PeriodType.Instant && duration is { } future && _calendar.CurrentDuration is { } reported && future.End > reported.End)
            {
                if (!comparative) lastPrimary = null;
                continue;
            }
            // Parentheses around the scale word too may make the figure negative or set it aside: either way a net loss is a
            // loss, but "net income was ($3.1 million)" may be a loss or income, and is not read.
            if (wrapped && !(!perShare && concept is { Sign: < 0 } loss && IncomeOrLoss(loss)))
            {
                if (concept is not null) Skip(concept, m, sentence, text, "it is printed in parentheses around its scale word too, which may make it negative or set it aside");
                if (!comparative) lastPrimary = null;
                continue;
            }
            // "$(4.1) million of restructuring costs": a negative figure is read only for an item whose sign it states (income
            // or loss, earnings per share); what parentheses mean for a cost or a balance in prose is not guessed.
            if (m.Negative && !(perShare || concept is { } signed && IncomeOrLoss(signed)))
            {
                if (concept is not null) Skip(concept, m, sentence, text, "it is printed in parentheses, and what they mean for this item in prose is not decided");
                if (!comparative) lastPrimary = null;
                continue;
            }
            var amount = new ProseAmount(magnitude, m.Decimals, perShare, concept, unknown, duration, instant, comparative,
                sentence.Offset + m.Index, m.Length, text.Substring(m.Index, m.Length))
            {
                Negative = m.Negative,
                DurationStated = durationStated,
                Nominal = duration is { } dated && concept?.PeriodType != PeriodType.Instant
                    && (!_calendar.Dates(dated) || (stated is not null ? undated || relativeToPrimary && primaryUndated : primaryUndated)),
                OtherDefault = durationStated || !_calendar.ReportsQuarterAndYear || yearNamed || NamesTheYear(text, periodFrom, m.Index, m.Index + m.Length)
                    ? null : OtherDefault(duration),
            };
            // "For the full year, revenue was $17.2 billion compared with $15.1 billion": the comparatives are of years too.
            if (!comparative && !perShare && _calendar.ReportsQuarterAndYear) yearNamed = NamesTheYear(text, periodFrom, m.Index, m.Index + m.Length);
            result.Add(amount);
            if (!perShare) lastTotal = amount;
            if (!comparative && !perShare && !otherQuarter && changedFrom is null) changedTo = (amount, m.Index + m.Length, sequential, ChangeWords.EndsChangedTo(text[..m.Index].TrimEnd()));
            if (changedFrom is { } from)
            {
                if (!comparative && !perShare && !otherQuarter && ChangedFrom(from, amount, sentence, text, sequential) is { } before) result.Add(before);
                changedFrom = null;
            }
            // The comparatives after an amount of another quarter name their periods relative to the sentence's, not to it:
            // they are not given its line item.
            if (otherQuarter && !comparative)
            {
                lastPrimary = null;
            }
            else if (!comparative && (!perShare || namedPerShare))
            {
                if (!perShare && lastPrimary is not null && lastPrimary.Concept != amount.Concept) primariesSinceComparative++;
                else if (!perShare) primariesSinceComparative = Math.Max(primariesSinceComparative, 1);
                lastPrimary = amount;
                otherTotal = false;
            }
            if (comparative) primariesSinceComparative = 0;
            respectively = pairedFirst ? amount : null;
            pairFirstRead = pairedFirst;
        }
    }

    private const string UnreadRespectively = "one of a list of amounts whose periods or line items are named after it in order (\"respectively\"), which the reader does not pair";

    /// <summary>
    /// True when the first amount of a list ("Net income was $4.2 million and $3.0 million …, respectively") is stated as a
    /// line item the vocabulary knows, not a change ("increased … by $67 million and …") nor a narrower measure.
    /// </summary>
    private bool ListOfLineItem(NormalizedText normalized, string text, List<int> comparisons, DollarAmount m, int previousEnd)
    {
        int segStart = comparisons.LastOrDefault(c => c < m.Index);
        if (ChangeWords.Names(text, segStart, m.Index, m.Index + m.Length)) return false;
        return Before(normalized, text, segStart, m.Index, null, previousEnd) is ({ }, _);
    }

    /// <summary>True when the rest of the sentence says "respectively".</summary>
    private static bool SaysRespectively(string after) => UpToSentenceEnd(after).Contains("respectively", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the total's per-share amount is earnings per share (net income's), not another item's.</summary>
    private bool EarnsPerShare(ProseConcept total) => _phrases.PerShareOf(total.Concept, BasicEarningsPerShare) == BasicEarningsPerShare;

    private static readonly QName BasicEarningsPerShare = new("us-gaap", "EarningsPerShareBasic");

    /// <summary>
    /// "Net loss was ($3.1 million)", "a net loss of ($3.1 million)": parentheses around the whole amount, scale word too, right
    /// after its verb or "of" hold the figure itself. Elsewhere ("net income rose 12% ($4.1 million)") they set an amount aside.
    /// </summary>
    private static bool WrappedAsFigure(string text, DollarAmount m)
    {
        int end = m.Index + m.Length;
        if (m.Index == 0 || text[m.Index - 1] != '(' || end >= text.Length || text[end] != ')') return false;
        string before = text[..(m.Index - 1)].TrimEnd();
        return before.EndsWith(" of", StringComparison.Ordinal) || SubjectVerbs.Any(v => before.EndsWith(v, StringComparison.Ordinal));
    }

    /// <summary>Notes an amount left unread: a line item's, or (<paramref name="concept"/> null) one whose line item is not decided.</summary>
    private void Skip(ProseConcept? concept, DollarAmount m, Sentence sentence, string text, string reason)
    {
        if (m.Magnitude is not { } magnitude) return;
        decimal value = m.Negative ? -magnitude : magnitude * (concept?.Sign ?? 1);
        _skipped.Add(new ProseSkip(concept, value, m.Decimals, sentence.Offset + m.Index, m.Length, text.Substring(m.Index, m.Length), reason));
    }

    /// <summary>
    /// True when the document reports on the quarter and the year ending the same day and an amount's own words name that
    /// quarter ("For the fourth quarter, …", "fourth-quarter revenue", "in the quarter"), no other quarter, length or year.
    /// </summary>
    private bool NamesReportedQuarter(string text, int segStart, int start, int end)
    {
        if (_calendar.ReportedQuarter is not { } quarter || ReportedQuarter(quarter) is not var (year, ordinal)) return false;
        string own = OwnWords(text, segStart, start, end);
        if (!NamesWord(own, "quarter")) return false;
        if (YearWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase)) || OtherLengthWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase))
            || OtherPeriodWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase)) || PreviousQuarterWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        foreach (string word in Ordinals)
        {
            if (DocumentCalendar.Ordinal(word) != ordinal && (NamesWord(own, word + " quarter") || NamesWord(own, word + "-quarter"))) return false;
        }
        for (int i = 0; i + 4 <= own.Length; i++)
        {
            if (YearNamed.IsYearAt(own, i, out int named) && named != year) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="words"/> holds <paramref name="word"/> starting a word ("quarter", not "headquarters").</summary>
    private static bool NamesWord(string words, string word)
    {
        for (int at = words.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = words.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetter(words[at - 1])) return true;
        }
        return false;
    }

    /// <summary>True when an amount's own words name a year's length ("for the full year", "full-year revenue", "fiscal year").</summary>
    private static bool NamesTheYear(string text, int segStart, int start, int end)
    {
        string own = OwnWords(text, segStart, start, end);
        return YearWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="words"/> name a period: a quarter, a length, a year's words or a year's number.</summary>
    private static bool NamesAPeriod(ReadOnlySpan<char> words)
    {
        if (words.Contains("quarter", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (string w in YearWords) if (words.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var (lengthWords, _) in NamedLengths)
        {
            foreach (string w in lengthWords) if (words.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        string own = words.ToString();
        for (int i = 0; i + 4 <= own.Length; i++)
        {
            if (YearNamed.IsYearAt(own, i, out _)) return true;
        }
        return false;
    }

    private static readonly string[] YearWords = ["full year", "full-year", "fiscal year", "twelve months", "twelve-month", "for the year", "annual"];

    /// <summary>
    /// In a release on the quarter and the year ending the same day, the quarter an amount without its period may be for as
    /// well as the year it defaults to (or, for the year before, that year's quarter).
    /// </summary>
    private Period? OtherDefault(Period? duration)
    {
        if (_calendar.ReportedQuarter is not { } quarter || _calendar.CurrentDuration is not { } year || duration is not { } d) return null;
        if (d == year) return quarter;
        return d == _calendar.YearBefore(year) ? _calendar.YearBefore(quarter) : null;
    }

    /// <summary>
    /// True when the sentence holds a forward-looking word (lower-cased invariantly). ASCII text is searched in place,
    /// ignoring case, which finds the same words; other text is lower-cased first (the Kelvin sign lower-cases to k).
    /// </summary>
    private static bool IsForwardLooking(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text.AsSpan().ContainsAny(ForwardLookingWords);
        string lower = text.ToLowerInvariant();
        return ForwardLooking.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>"$1.2 million and $0.9 million for the same periods, respectively": the pair follows the periods in order.</summary>
    private static bool RespectivelyByPeriod(string after)
    {
        string clause = UpToSentenceEnd(after).ToLowerInvariant();
        return clause.Contains("respectively", StringComparison.Ordinal)
            && (clause.Contains("periods", StringComparison.Ordinal) || clause.Contains("quarters", StringComparison.Ordinal) || clause.Contains("years", StringComparison.Ordinal));
    }

    /// <summary>The text up to the first full stop that is not a decimal point.</summary>
    private static string UpToSentenceEnd(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && !(i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) return text[..i];
        }
        return text;
    }

    private static bool RespectivelyFollows(string after)
    {
        string clause = UpToSentenceEnd(after);
        return clause.Contains("respectively", StringComparison.OrdinalIgnoreCase) && clause.Length < 40;
    }

    /// <summary>
    /// The sign the income or loss phrase of a per-share amount's own clause gives it ("net loss was $0.19 per diluted share",
    /// "compared with net loss of $0.25 per diluted share"): the phrase nearest before it, after the amount before it; null
    /// when its clause names none, and the per-share amount then takes the sign of the total before it.
    /// </summary>
    private int? OwnIncomeSign(NormalizedText normalized, string text, int clauseStart, int previousAmountEnd, int amountStart)
    {
        int from = Math.Max(clauseStart, Math.Min(previousAmountEnd, amountStart));
        var found = _phrases.FindIn(normalized.Text, normalized.FromOriginal(from), normalized.FromOriginal(amountStart));
        if (found.Count == 0) return null;
        var nearest = found.OrderByDescending(f => f.End).First().Concept;
        return nearest is { DataType: Taxonomy.Concepts.ConceptDataType.Monetary, PeriodType: PeriodType.Duration } && IncomeOrLoss(nearest) ? nearest.Sign : null;
    }

    /// <summary>Whether the phrase names an income-or-loss item (net income, operating income), whose loss side a per-share amount may state.</summary>
    private static bool IncomeOrLoss(ProseConcept concept) => Taxonomy.Extraction.Concepts.SignedItems.ReportsIncomeAsPositive(concept.Concept.LocalName);

    private static ProseConcept? PerShareConcept(string after, ProseAmount? previous, int? ownSign = null)
    {
        string norm = " " + Taxonomy.Concepts.LabelNormalizer.Normalize(after.Length > 60 ? after[..60] : after) + " ";
        foreach (var (phrase, concept) in ProseVocabulary.PerShare)
        {
            if (norm.StartsWith(" " + phrase + " ", StringComparison.Ordinal))
            {
                int sign = ownSign ?? previous?.Concept?.Sign ?? 1;
                return new ProseConcept(concept, Taxonomy.Concepts.ConceptDataType.PerShare, PeriodType.Duration, sign, phrase);
            }
        }
        return null;
    }

    /// <summary>"$3.2 million of X" / "$44.6 million in X": the phrase after the amount, known or not.</summary>
    private (ProseConcept?, string?)? After(NormalizedText normalized, string text, int end)
    {
        string rest = text[end..];
        string trimmed = rest.TrimStart();
        string? preposition = trimmed.StartsWith("of ", StringComparison.Ordinal) ? "of " : trimmed.StartsWith("in ", StringComparison.Ordinal) ? "in " : null;
        if (preposition is null) return null;
        int phraseStart = end + (rest.Length - trimmed.Length) + preposition.Length;
        int position = normalized.FromOriginal(phraseStart);
        if (_phrases.StartingAt(normalized.Text, position) is { } known)
        {
            int originalEnd = normalized.Original(known.End);
            // "$90.0 billion in revenues, excluding hedging effect" names a variant of the line item, not the item.
            if (Qualified(text[originalEnd..])) return null;
            if (EndsClause(text, originalEnd)) return (known.Concept, null);
            // "$0.8 million in revenue from X" names a part of a known line item: neither that item nor a new one.
            // "$3.2 million of research and development support fees" names a narrower item: read on as an unknown phrase.
            string next = text[originalEnd..].TrimStart();
            if (next.StartsWith("from ", StringComparison.Ordinal) || next.StartsWith("related", StringComparison.Ordinal)) return null;
        }
        string phrase = CollapseSpaces(text[phraseStart..]);
        int cut = phrase.Length;
        foreach (var stop in PhraseEnds)
        {
            int at = phrase.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < cut) cut = at;
        }
        phrase = phrase[..cut].Trim();
        string lowered = " " + phrase.ToLowerInvariant() + " ";
        if (lowered.StartsWith(" the ", StringComparison.Ordinal) || TimeWords.Any(w => lowered.Contains(w, StringComparison.Ordinal))) return null;
        return phrase.Length is > 3 and < 80 && phrase.Any(char.IsLetter) ? (null, phrase) : null;
    }

    /// <summary>A known phrase names the amount only when the clause ends after it ("revenue from X" is a part of revenue, not revenue).</summary>
    private static bool EndsClause(string text, int originalEnd)
    {
        string rest = CollapseSpaces(text[originalEnd..]).TrimStart();
        if (rest.Length == 0 || rest[0] is ',' or ';' or '.' or ')' or ':') return true;
        return PhraseEnds.Where(s => s is not " from " and not " related").Any(s => (" " + rest).StartsWith(s, StringComparison.Ordinal));
    }

    private static readonly string[] Connectors = ["and", "the", "its", "our", "their", "while", "but", "also", "total"];

    // "Fourth quarter revenue was …", "full year net income was …": words naming the amount's period narrow no line item
    // (whether the period is the one reported is decided apart, as for "fourth-quarter revenue").
    private static readonly string[] SubjectPeriodWords = ["first", "second", "third", "fourth", "quarter", "quarterly", "full", "year", "annual", "fiscal"];

    /// <summary>
    /// "net loss of $9.4 million" (nearest phrase) or "Revenues for ... were $6.1 million" (the clause's subject). Null when no
    /// phrase names the amount; (null, null) when the phrase names a measure that is not the company's line item: a per-share
    /// one ("profit per share was $2.86") or another subject's ("Marine Division's sales were $5.0 billion").
    /// <paramref name="compared"/>: for a comparative amount, the line item of the sentence's primary one.
    /// </summary>
    private (ProseConcept?, string?)? Before(NormalizedText normalized, string text, int segStart, int amountStart, ProseConcept? compared = null, int previousAmountEnd = 0)
    {
        string before = text[segStart..amountStart].TrimEnd();
        int from = normalized.FromOriginal(segStart);
        int to = normalized.FromOriginal(amountStart);
        if (before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" of approximately", StringComparison.Ordinal))
        {
            var found = _phrases.FindIn(normalized.Text, from, to);
            if (found.Count == 0) return null;
            var nearest = found.OrderByDescending(f => f.End).First();
            if (NotTheCompanys(text, segStart, normalized.Original(nearest.Start), normalized.Original(nearest.End))) return (null, null);
            if (NarrowedBefore(text, segStart, normalized.Original(nearest.Start))
                && !(nearest.Concept.Concept == compared?.Concept && ClosesComparison(text, segStart, normalized.Original(nearest.Start)))) return null;
            string between = text[normalized.Original(nearest.End)..amountStart];
            var betweenWords = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "revenue run rate of $110 billion": words after the phrase that are not a time phrase ("in 2024 of") name another measure.
            if (betweenWords.Length > 1 && !TimePrepositions.Contains(betweenWords[0].ToLowerInvariant()) && betweenWords[0] != "of") return null;
            return betweenWords.Length <= 3 ? (nearest.Concept, null) : null;
        }
        // "Revenue was up 12% to $4.5 billion", "increased $40 million to $1.1 billion": the amount after "to" is the figure.
        bool changedTo = ChangeWords.EndsChangedTo(before);
        if (changedTo || SubjectVerbs.Any(v => before.EndsWith(v, StringComparison.Ordinal)))
        {
            // The subject of this clause: search from the last "; ", ", and ", " while " or " whereas " before the verb, or from
            // the amount before it ("revenue was $3.61 billion and net income was $231.4 million": net income's subject is not
            // revenue, and "bookings were $12.4 million" after another amount is no line item's). A change's amounts share
            // their subject ("grew from $41.0 million to $45.3 million"): its words are searched from the clause's start.
            int verbClause = ClauseStart(text, segStart, amountStart);
            int clauseAt = Math.Max(verbClause, Math.Min(previousAmountEnd, amountStart));
            if (clauseAt > segStart) from = normalized.FromOriginal(clauseAt);
            var found = _phrases.FindIn(normalized.Text, from, to);
            if (found.Count == 0 && changedTo && clauseAt > verbClause)
            {
                clauseAt = verbClause;
                from = normalized.FromOriginal(Math.Max(segStart, verbClause));
                found = _phrases.FindIn(normalized.Text, from, to);
            }
            if (found.Count == 0) return null;
            var subject = found.OrderBy(f => f.Start).First();
            // Words in front of the phrase within its clause ("collaboration revenue") make it a narrower item.
            int phraseStart = normalized.Original(subject.Start);
            // "hedging gains related to revenue were $102 million": the phrase is the object of a preposition, not the subject.
            if (PrepositionBefore(text, segStart, phraseStart)) return null;
            // "Net income increased 28% and EPS increased 31% to $2.15": the change is another subject's.
            if (changedTo && text.AsSpan(normalized.Original(subject.End), amountStart - normalized.Original(subject.End)).Contains(" and ", StringComparison.Ordinal)) return null;
            if (NotTheCompanys(text, segStart, phraseStart, normalized.Original(subject.End))) return (null, null);
            int separator = Math.Max(text.LastIndexOf(", ", phraseStart, StringComparison.Ordinal), text.LastIndexOf("; ", phraseStart, StringComparison.Ordinal));
            int clauseStart = separator < 0 ? segStart : Math.Max(segStart, separator + 2);
            if (clauseStart > phraseStart) clauseStart = segStart;
            if (clauseAt > clauseStart && clauseAt < phraseStart) clauseStart = clauseAt;
            var words = text[clauseStart..phraseStart].Split(ClauseWordSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant()).Where(w => !Connectors.Contains(w) && !SubjectPeriodWords.Contains(w)).ToList();
            if (words.Count == 0 || words.Any(w => !w.All(char.IsLetter))) return (subject.Concept, null);
            if (words.Count > 3) return (subject.Concept, null);
            // A narrower measure that changed ("online revenues increased to …") is not read: the change wording is read
            // only for the line items the vocabulary knows.
            if (changedTo) return null;
            string phraseText = text[phraseStart..normalized.Original(subject.End)].Trim();
            return (null, string.Join(" ", words) + " " + phraseText);
        }
        return null;
    }

    private static readonly char[] ClauseWordSeparators = [' ', ',', ';'];

    private static readonly string[] ClauseBreaks = ["; ", ", and ", " while ", " whereas "];

    /// <summary>
    /// True when the phrase from <paramref name="phraseStart"/> to <paramref name="phraseEnd"/> names a per-share measure
    /// ("profit per share") or another subject's line item ("Marine Division's revenues", "revenues for Motion Systems"): a
    /// monetary total of the company it is not.
    /// </summary>
    private bool NotTheCompanys(string text, int segStart, int phraseStart, int phraseEnd) =>
        PerShareWords.Follow(text, phraseEnd) || _owner.IsAnother(text, segStart, phraseStart, phraseEnd) || _owner.IsAnotherAfter(text, phraseEnd)
        || _owner.IsSubsidiarySubject(text, ClauseStart(text, segStart, phraseStart), phraseStart);

    private static readonly string[] TimePrepositions = ["in", "for", "during", "over", "through"];

    private static readonly string[] Prepositions = ["to", "of", "from", "for", "on", "in", "by", "with", "excluding", "including", "related", "than", "versus"];

    private static readonly string[] Determiners =
    [
        "a", "an", "the", "our", "its", "their", "total", "and", "include", "includes", "included", "including", "reported", "recorded",
        "recognized", "had", "has", "have", "generated", "posted", "achieved", "with", "in", "at", "for", "during",
        "record", "quarterly", "annual", "yearly", "consolidated", "fiscal", "full", "year", "quarter",
    ];

    private static readonly string[] Qualifiers = [", excluding", ", including", ", net of", ", before", ", after", " excluding", " before", " after"];

    /// <summary>The word in front of a phrase, within the segment (null at its start or after punctuation).</summary>
    private static string? WordBefore(string text, int segStart, int phraseStart)
    {
        int end = phraseStart;
        while (end > segStart && text[end - 1] == ' ') end--;
        int start = end;
        while (start > segStart && char.IsLetter(text[start - 1])) start--;
        return start == end ? null : text[start..end];
    }

    private static bool PrepositionBefore(string text, int segStart, int phraseStart) =>
        WordBefore(text, segStart, phraseStart) is { } word && Prepositions.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when the word in front of the phrase narrows it to another measure: a name ("Cloud revenues"), a modifier
    /// ("constant currency revenues", "certain investments"), or a preposition that attaches it to another item ("fees related
    /// to investments"). Articles, possessives, verbs, time words and "record" ("reported a net loss", "record quarterly
    /// revenue", "with revenues in 2003") do not.
    /// </summary>
    private static bool NarrowedBefore(string text, int segStart, int phraseStart) =>
        WordBefore(text, segStart, phraseStart) is { } word && !Determiners.Contains(word.ToLowerInvariant()) && !GaapBasisBefore(text, phraseStart, word);

    /// <summary>"GAAP diluted EPS": the word names the basis the line item is reported on, not another measure ("non-GAAP" does, and is read as adjusted).</summary>
    private static bool GaapBasisBefore(string text, int phraseStart, string word)
    {
        if (!word.Equals("GAAP", StringComparison.OrdinalIgnoreCase)) return false;
        int start = text.LastIndexOf(word, phraseStart, StringComparison.Ordinal);
        return start >= 0 && !NonBefore(text, start);
    }

    /// <summary>True when "non-" or "non " stands right before position <paramref name="at"/>.</summary>
    private static bool NonBefore(string text, int at) =>
        at >= 4 && text.AsSpan(at - 4, 3).Equals("non", StringComparison.OrdinalIgnoreCase) && text[at - 1] is '-' or ' ' or '\u2011';

    /// <summary>
    /// "compared to net income of $1.5 million", "versus net sales of …": a comparative segment starts with the
    /// comparison's own words, which narrow nothing when nothing else stands between them and the phrase. Read so only
    /// when the sentence's primary amount is of the same line item: "Online sales … compared to net sales of $46.1 million"
    /// still compares online sales.
    /// </summary>
    private static bool ClosesComparison(string text, int segStart, int phraseStart)
    {
        var comparison = Comparison.Match(text, segStart);
        return comparison.Success && comparison.Index == segStart && comparison.Index + comparison.Length <= phraseStart
            && text.AsSpan(comparison.Index + comparison.Length, phraseStart - comparison.Index - comparison.Length).IsWhiteSpace();
    }

    /// <summary>
    /// True when the words around an amount with a default period name another one: the quarter before ("in the
    /// preceding quarter", "sequentially"), trailing twelve months, a quarter with its year that is not
    /// <paramref name="assumed"/> ("compared to $198.0 million in the second quarter of 2031" in a third-quarter release,
    /// where the default for a comparative is the year before), or a length it does not last ("year-to-date", "in the
    /// first nine months of 2030"). Such an amount is not placed: its period is not guessed.
    /// </summary>
    private bool OtherPeriodNamed(string text, int segStart, int start, int end, Period assumed)
    {
        string after = WordsAfter(text, end);
        string around = text[segStart..start] + " " + after;
        if (OtherPeriodWords.Any(w => around.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        // A length named in the amount's own clause ("year-to-date net income", "in the first nine months of 2030") that
        // the default period does not last.
        string own = OwnWords(text, segStart, start, end);
        int months = (int)Math.Round(assumed.Days / 30.44);
        foreach (var (words, length) in NamedLengths)
        {
            bool other = length == 0 ? months <= 3 : length != months;
            if (other && words.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        }
        var quarters = new List<QuarterMention>();
        QuarterMention.AddAll(around, quarters);
        const int Week = 7;
        foreach (var quarter in quarters)
        {
            var named = _calendar.FiscalQuarter(quarter.Year, quarter.Quarter, false);
            if (assumed.Days > 100 || Math.Abs(named.End.DayNumber - assumed.End.DayNumber) > Week) return true;
        }
        // "compared with $27.9 million in the second quarter": a quarter its own words name by the ordinal alone that is
        // not the assumed period (a sequential comparison, or a quarter of a year the document reports on).
        return NamesOtherQuarterByOrdinal(own, assumed.Days > 100 ? null : _calendar.QuarterEndingNear(assumed.End));
    }

    /// <summary>True when <paramref name="own"/> names a quarter by its ordinal alone ("the second quarter") other than <paramref name="quarter"/>.</summary>
    private static bool NamesOtherQuarterByOrdinal(string own, int? quarter)
    {
        foreach (string ordinal in Ordinals)
        {
            if (own.Contains(ordinal + " quarter", StringComparison.OrdinalIgnoreCase) && DocumentCalendar.Ordinal(ordinal) != quarter) return true;
        }
        return false;
    }

    /// <summary>
    /// The quarter an amount's own words name when it is not the reported one: a quarter with its year ("$198.0 million in
    /// the second quarter of 2031") or the quarter before the reported one ("$46.1 million in the preceding quarter"),
    /// dated by the fiscal calendar. Null unless the calendar gives the reported quarter to the day (the quarters of a
    /// 52/53-week year are not guessed), the words name exactly one quarter, and no other length or year.
    /// </summary>
    private Period? OtherQuarterNamed(string text, int segStart, int start, int end)
    {
        // In a release on the fourth quarter and the year, the quarter is the one other quarters are named against.
        if ((_calendar.ReportedQuarter ?? _calendar.CurrentDuration) is not { Days: < 100 } current || ReportedQuarter(current) is not var (year, quarter)) return null;
        string own = OwnWords(text, segStart, start, end);
        if (OtherLengthWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase))) return null;
        var named = new List<QuarterMention>();
        QuarterMention.AddAll(own, named);
        var quarters = named.Select(n => (n.Year, n.Quarter)).Distinct().ToList();
        bool previous = PreviousQuarterWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase));
        (int Year, int Quarter) target;
        if (previous && quarters.Count == 0) target = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        else if (!previous && quarters.Count == 1 && NamesQuartersAsCalendar(year, quarter)) target = quarters[0];
        else return null;
        if (target == (year, quarter)) return null;
        // A 52/53-week calendar's quarter whose end the document does not state is not dated by a guess.
        if (!_calendar.Dates(_calendar.FiscalQuarter(target.Year, target.Quarter, false))) return null;
        // A year written alone beside the quarter's ("2030's … in the second quarter of 2031") is a second period.
        for (int i = 0; quarters.Count == 1 && i + 4 <= own.Length; i++)
        {
            if (YearNamed.IsYearAt(own, i, out int y) && y != quarters[0].Year) return null;
        }
        return _calendar.FiscalQuarter(target.Year, target.Quarter, false);
    }

    /// <summary>
    /// Whether the document's quarters are named as the calendar names them: it states its fiscal year, names its
    /// reported quarter (<paramref name="year"/>, <paramref name="quarter"/>) with its year, or calls the reported period
    /// by that quarter's ordinal ("the third quarter ended September 30, 2031"). Otherwise "the fourth quarter of 2024"
    /// could be a fiscal quarter of a year the document does not state. A release on the fourth quarter and the year ended
    /// December 31 states a calendar year, whose quarters are the calendar's by either name.
    /// </summary>
    private bool NamesQuartersAsCalendar(int year, int quarter) =>
        _calendar.FiscalStated || _calendar.ReportedOrdinal == quarter || _calendar.Quarters.Any(m => m.Year == year && m.Quarter == quarter)
        || _calendar.ReportsQuarterAndYear && _calendar.CurrentDuration is { End: { Month: 12, Day: 31 } };

    /// <summary>The fiscal year (as the document names it) and quarter whose dates are exactly <paramref name="current"/>.</summary>
    private (int Year, int Quarter)? ReportedQuarter(Period current)
    {
        foreach (int year in (ReadOnlySpan<int>)[current.End.Year, current.End.Year + 1, current.End.Year - 1])
        {
            for (int q = 1; q <= 4; q++)
            {
                if (_calendar.FiscalQuarter(year, q, false) == current) return (year, q);
            }
        }
        return null;
    }

    private static readonly string[] PreviousQuarterWords = ["preceding quarter", "prior quarter", "previous quarter", "linked quarter"];

    // Words of a length or comparison the quarter placing does not read: these leave the amount unplaced.
    private static readonly string[] OtherLengthWords =
    [
        "year-to-date", "year to date", "ytd", "months", "weeks", "half", "full year", "full-year", "trailing", "last quarter",
        "sequential", "quarter-over-quarter", "quarter over quarter", "fiscal year", "annual",
    ];

    /// <summary>
    /// True when the words of an amount's clause name another point in time than <paramref name="point"/>, the period's
    /// end it would default to: the beginning of a period, the end of an earlier one ("at the end of the second
    /// quarter" when the document reports on another, "year-end 2030", "the prior quarter"), or a year that is not the
    /// point's. Such a balance is not placed.
    /// </summary>
    private bool OtherPointNamed(string text, int segStart, int start, int end, Period point)
    {
        string own = OwnWords(text, segStart, start, end);
        if (EarlierPointWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        for (int i = 0; i + 4 <= own.Length; i++)
        {
            if (YearNamed.IsYearAt(own, i, out int year) && year != point.End.Year) return true;
        }
        // The quarter the point ends, when the document reports on a quarter ending there.
        bool reportsQuarter = _calendar.CurrentDuration is { Days: < 100 } quarter && quarter.End == point.End;
        return NamesOtherQuarterByOrdinal(own, reportsQuarter ? _calendar.QuarterEndingNear(point.End) : null);
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private static readonly string[] EarlierPointWords =
    [
        "beginning of", "start of", "prior quarter", "previous quarter", "preceding quarter", "last quarter", "year-end",
        "year end", "end of last year", "end of the prior year", "end of the previous year", "end of the preceding year",
        "prior year", "previous year", "a year ago", "last year", "prior fiscal", "previous fiscal",
    ];

    /// <summary>The words of an amount's clause: from the clause's start to the amount, and <see cref="WordsAfter"/> it.</summary>
    private static string OwnWords(string text, int segStart, int start, int end)
    {
        return text[ClauseStart(text, segStart, start)..start] + " " + WordsAfter(text, end);
    }

    /// <summary>Where the clause holding position <paramref name="at"/> starts: the last clause break ("; ", ", and ", " while ", " whereas ") after <paramref name="segStart"/>, or the segment's start.</summary>
    private static int ClauseStart(string text, int segStart, int at)
    {
        int clause = segStart;
        foreach (string clauseBreak in ClauseBreaks) clause = Math.Max(clause, text.LastIndexOf(clauseBreak, at, at - segStart, StringComparison.Ordinal));
        return clause;
    }

    /// <summary>An amount's own words after it: up to the next amount, clause or comparison.</summary>
    private static string WordsAfter(string text, int end)
    {
        int stop = end;
        while (stop < text.Length && text[stop] is not (',' or ';' or '$') && !(text[stop] == '.' && !(stop + 1 < text.Length && char.IsAsciiDigit(text[stop + 1])))) stop++;
        string after = text[end..stop];
        foreach (string cut in AfterCuts)
        {
            int at = after.IndexOf(cut, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) after = after[..at];
        }
        return after;
    }

    private static readonly string[] AfterCuts = [" from ", " compared", " versus", " as compared", " and ", " while ", " whereas "];

    // Lengths in months (0: the year to date, as long as the default period only when that is no quarter).
    private static readonly (string[] Words, int Months)[] NamedLengths =
    [
        (["year-to-date", "year to date", "ytd"], 0),
        (["quarter", "three months", "three-month", "13 weeks", "thirteen weeks"], 3),
        (["six months", "six-month", "first half", "half-year", "half year", "26 weeks", "twenty-six weeks"], 6),
        (["nine months", "nine-month", "39 weeks", "thirty-nine weeks"], 9),
        (["twelve months", "twelve-month", "full year", "full-year", "52 weeks", "53 weeks", "fifty-two weeks"], 12),
    ];

    private static readonly string[] OtherPeriodWords =
    [
        "sequential", "prior quarter", "preceding quarter", "previous quarter", "last quarter", "linked quarter", "quarter-over-quarter",
        "quarter over quarter", "trailing twelve", "trailing 12", "last twelve months", "last 12 months", "twelve months ended",
    ];

    /// <summary>
    /// True when the clause of the amount from <paramref name="start"/> to <paramref name="end"/> leaves something out of
    /// it: "excluding …", "exclusive of …", "without the …" before it in its clause, or right after it.
    /// </summary>
    private static bool Excludes(string text, int segStart, int start, int end)
    {
        int clause = ClauseStart(text, segStart, start);
        var before = text.AsSpan(clause, start - clause);
        foreach (string word in ExclusionWords)
        {
            int at = before.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1]))) return true;
        }
        string next = CollapseSpaces(text[end..]);
        return ExclusionsAfter.Any(q => next.StartsWith(q, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the words of the amount's clause call it adjusted ("on a non-GAAP basis", "as adjusted", "pro forma"): a
    /// measure other than the line item its phrase names.
    /// </summary>
    private static bool Adjusted(string text, int segStart, int start, int end)
    {
        // "non-GAAP diluted EPS of $0.52 and GAAP diluted EPS of $0.41": the basis named last before the amount is its own.
        int clause = ClauseStart(text, segStart, start);
        string before = text[clause..start];
        int adjusted = AdjustedWords.Max(w => before.LastIndexOf(w, StringComparison.OrdinalIgnoreCase));
        if (adjusted >= 0 && LastGaapBasis(before) > adjusted) return AdjustedWords.Any(w => WordsAfter(text, end).Contains(w, StringComparison.OrdinalIgnoreCase));
        string own = OwnWords(text, segStart, start, end);
        return AdjustedWords.Any(w => own.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where "GAAP" last stands alone in <paramref name="words"/> (not in "non-GAAP"), or -1.</summary>
    private static int LastGaapBasis(string words)
    {
        for (int at = words.LastIndexOf("GAAP", StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : words.LastIndexOf("GAAP", at - 1, StringComparison.Ordinal))
        {
            bool starts = at == 0 || !char.IsLetter(words[at - 1]);
            bool ends = at + 4 == words.Length || !char.IsLetter(words[at + 4]);
            if (starts && ends && !NonBefore(words, at)) return at;
        }
        return -1;
    }

    private static readonly string[] AdjustedWords = ["non-gaap", "non gaap", "as adjusted", "adjusted basis", "pro forma", "pro-forma"];

    private static readonly string[] ExclusionWords = ["excluding ", "exclusive of ", "without the ", "before the impact", "before the effect"];

    private static readonly string[] ExclusionsAfter = [", excluding", " excluding", ", exclusive of", " exclusive of", ", before the", " before the impact", " before the effect", ", without"];

    private static bool Qualified(string rest)
    {
        string next = CollapseSpaces(rest);
        return Qualifiers.Any(q => next.StartsWith(q, StringComparison.OrdinalIgnoreCase));
    }

    private static string CollapseSpaces(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == ' ' && b.Length > 0 && b[^1] == ' ') continue;
            b.Append(c);
        }
        return b.ToString();
    }

    private bool ContainsPhrase(NormalizedText normalized, string text, int segStart, int amountStart) =>
        _phrases.FindIn(normalized.Text, normalized.FromOriginal(segStart), normalized.FromOriginal(amountStart)).Count > 0;
}
