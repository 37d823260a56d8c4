using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// Prose amounts that are not the company's line item for the document's period: per-share amounts under a total's
/// name, another subject's (a segment's, a subsidiary's) amounts, amounts of a year named alone, and comparatives a
/// sentence states on their own. Fictional company and sentences; the default catalog (its "Profit" and "Sales" labels).
/// </summary>
public class NarrativeSubjectTests
{
    private const string Registrant = "Harborlight Tools Inc.";

    private const string Opening = "Harborlight Tools Inc. (NYSE: HLT) reported results for the quarter ended March 31, 2025.\n\n";

    private static List<ProseAmount> Read(string text, string? registrant = Registrant)
    {
        var lines = Segmenter.Segment(new SourceText(text));
        return new ProseReader(CatalogIndexes.For(ConceptCatalog.Default).Phrases, DocumentCalendar.Build(lines), new SubjectOwner(registrant)).Read(Sentence.Split(lines));
    }

    [Theory]
    [InlineData("First-quarter 2025 profit per share was $1.42, compared with first-quarter 2024 profit per share of $1.10.\n")]
    [InlineData("Profit was $1.42 per share in the quarter.\n")]
    public void A_per_share_amount_is_never_a_monetary_total(string sentence)
    {
        var amounts = Read(Opening + sentence);
        Assert.DoesNotContain(amounts, a => a.Concept?.DataType == ConceptDataType.Monetary);
    }

    [Theory]
    [InlineData("Harbor Marine's total sales were $2.415 billion in the first quarter of 2025, compared with $2.108 billion in the first quarter of 2024.\n")]
    [InlineData("Harbor Systems' profit of $310 million rose 8%.\n")]
    [InlineData("Keel & Rudder’s profit was $95 million in the first quarter of 2025, compared with $88 million in the first quarter of 2024.\n")]
    [InlineData("Harborlight Capital's sales were $40 million in the first quarter of 2025.\n")]
    public void Another_subjects_possessive_gives_no_consolidated_fact(string sentence)
    {
        var amounts = Read(Opening + sentence);
        Assert.DoesNotContain(amounts, a => a.Concept is not null);
    }

    [Theory]
    [InlineData("Profit for Motion Systems was $95 million in the first quarter of 2025, compared with $88 million in the first quarter of 2024.\n")]
    [InlineData("Sales in North America were $1.2 billion in the first quarter of 2025.\n")]
    [InlineData("Sales in the U.S. were $1.2 billion in the first quarter of 2025.\n")]
    [InlineData("Profit at Keel & Rudder was $40 million in the first quarter of 2025.\n")]
    [InlineData("Sales of Harborlight Capital were $40 million in the first quarter of 2025.\n")]
    [InlineData("Sales of our largest competitor, Keel Marine, were $3.1 billion in the first quarter of 2025.\n")]
    [InlineData("Sales from our rental fleet were $40 million in the first quarter of 2025.\n")]
    public void Another_subject_named_after_the_phrase_gives_no_consolidated_fact(string sentence)
    {
        var amounts = Read(Opening + sentence);
        Assert.DoesNotContain(amounts, a => a.Concept is not null);
    }

    [Theory]
    [InlineData("Sales for the Company were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    [InlineData("Sales for Harborlight were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    [InlineData("Sales for the First Quarter of 2025 were $2.415 billion.\n", "SalesRevenueNet")]
    [InlineData("Sales for the Three Months Ended March 31, 2025 were $2.415 billion.\n", "SalesRevenueNet")]
    [InlineData("Profit for the quarter was $310 million.\n", "ProfitLoss")]
    [InlineData("Profit in Q1 2025 was $310 million.\n", "ProfitLoss")]
    [InlineData("Profit of $310 million rose 8% in the first quarter of 2025.\n", "ProfitLoss")]
    [InlineData("Sales in the quarter were $2.415 billion.\n", "SalesRevenueNet")]
    [InlineData("Sales for the current quarter were $2.415 billion.\n", "SalesRevenueNet")]
    [InlineData("Sales of the combined company were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    public void A_period_the_company_or_an_amount_after_the_phrase_keeps_the_line_item(string sentence, string localName)
    {
        var amount = Assert.Single(Read(Opening + sentence));
        Assert.Equal(localName, amount.Concept!.Concept.LocalName);
    }

    [Fact]
    public void A_possessive_the_catalog_phrase_spells_without_its_apostrophe_is_an_owner_too()
    {
        // "Financial products revenues" is a catalog label; "Lakeside Financial Products' revenues" is a subsidiary's.
        var amounts = Read(Opening + "Lakeside Financial Products’ revenues were $210 million in the first quarter of 2025.\n");
        Assert.Empty(amounts);
    }

    [Theory]
    [InlineData("Harborlight's total sales were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    [InlineData("Harborlight Tools' total sales were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    [InlineData("The Harborlight Tools' total sales were $2.415 billion in the first quarter of 2025.\n", "SalesRevenueNet")]
    [InlineData("In the first quarter of 2025 Harborlight's profit was $310 million.\n", "ProfitLoss")]
    [InlineData("The Company's profit was $310 million in the first quarter of 2025.\n", "ProfitLoss")]
    public void The_registrants_or_the_companys_possessive_keeps_the_line_item(string sentence, string localName)
    {
        var amount = Assert.Single(Read(Opening + sentence));
        Assert.Equal(localName, amount.Concept!.Concept.LocalName);
    }

    [Fact]
    public void The_subject_after_while_is_that_clauses_own()
    {
        var amounts = Read(Opening + "Hand tool sales were up 12% to $3.1 billion while Outdoor Living revenues were $0.9 billion.\n");
        var outdoor = Assert.Single(amounts, a => a.Value == 900_000_000m);
        Assert.Null(outdoor.Concept);
        Assert.Equal("outdoor living revenues", outdoor.UnknownPhrase);
    }

    [Theory]
    [InlineData("With 2024 sales of $9.1 billion, Harborlight is a leading maker of hand tools.\n")]
    [InlineData("With sales in 2024 of $9.1 billion, Harborlight is a leading maker of hand tools.\n")]
    [InlineData("Harborlight reported sales of $9.1 billion for 2024.\n")]
    public void A_year_named_alone_is_not_the_documents_quarter(string sentence)
    {
        Assert.Empty(Read(Opening + sentence));
    }

    [Theory]
    [InlineData("First-quarter 2025 sales were $2.4 billion.\n")]
    [InlineData("Sales for the first quarter of 2025 were $2.4 billion.\n")]
    [InlineData("Sales were $2.4 billion for the three months ended March 31, 2025.\n")]
    public void A_year_inside_a_quarter_or_date_phrase_keeps_the_quarter(string sentence)
    {
        var amount = Assert.Single(Read(Opening + sentence));
        Assert.Equal(Period.Parse("2025-01-01/2025-03-31"), amount.Period);
    }

    [Fact]
    public void A_sentence_of_comparatives_takes_the_period_its_words_name()
    {
        var amounts = Read(Opening + "Harborlight posted net income of $41.2 million, or $0.21 per diluted share. These results compare with a net income of $30.5 million, or $0.15 per diluted share, in the year-ago quarter.\n");
        var prior = amounts.Where(a => a.Comparative).ToList();
        Assert.Equal([30_500_000m, 0.15m], prior.Select(a => a.Value));
        Assert.All(prior, a => Assert.Equal(Period.Parse("2024-01-01/2024-03-31"), a.Period));
        Assert.All(prior, a => Assert.False(a.DurationStated));
    }

    [Fact]
    public void A_sentence_of_comparatives_without_a_period_phrase_gets_no_period()
    {
        var amounts = Read(Opening + "Harborlight posted net income of $41.2 million. These results compare with net income of $38.0 million in the preceding quarter.\n");
        var prior = Assert.Single(amounts, a => a.Comparative);
        Assert.Null(prior.Period);
    }

    [Theory]
    [InlineData("Profit of $310 million was up $25 million from a year ago.\n")]
    [InlineData("Profit was $310 million for the quarter, up from $285 million for the same period last year.\n")]
    [InlineData("Profit was $310 million, up 9% from the year-ago quarter.\n")]
    public void A_period_named_after_from_is_the_comparisons_base_not_the_amounts_period(string sentence)
    {
        var profit = Assert.Single(Read(Opening + sentence), a => a.Value == 310_000_000m);
        Assert.Equal(Period.Parse("2025-01-01/2025-03-31"), profit.Period);
    }

    [Theory]
    [InlineData("Profit, excluding a $12 million restructuring charge, was $322 million.\n")]
    [InlineData("Excluding the restructuring charge, profit was $322 million, compared with $285 million a year ago.\n")]
    [InlineData("Profit was $322 million, excluding the restructuring charge.\n")]
    [InlineData("Profit was $322 million before the impact of the restructuring charge.\n")]
    public void An_amount_leaving_something_out_is_not_the_line_item(string sentence)
    {
        Assert.DoesNotContain(Read(Opening + sentence), a => a.Concept is not null && a.Value is 322_000_000m or 285_000_000m);
    }

    [Theory]
    [InlineData("Profit was $310 million, compared with $301 million in the preceding quarter.\n")]
    [InlineData("Profit was $310 million, compared to $301 million in the fourth quarter of 2024.\n")]
    [InlineData("In the fourth quarter of 2024, profit was $301 million.\n")]
    public void An_amount_its_own_words_date_to_another_quarter_is_placed_in_it(string sentence)
    {
        const string opening = "Harborlight Tools Inc. (NYSE: HLT) reported results for the first quarter ended March 31, 2025.\n\n";
        var amounts = Read(opening + sentence);
        var other = Assert.Single(amounts, a => a.Value == 301_000_000m);
        Assert.Equal("ProfitLoss", other.Concept!.Concept.LocalName);
        Assert.Equal(Period.Parse("2024-10-01/2024-12-31"), other.Period);
        Assert.True(other.DurationStated);
        Assert.All(amounts.Where(a => a.Value == 310_000_000m), a => Assert.Equal(Period.Parse("2025-01-01/2025-03-31"), a.Period));
    }

    [Theory]
    [InlineData("Harborlight Tools Inc. (NYSE: HLT) reported results for the quarter ended March 31, 2025.\n\n")]
    [InlineData("Harborlight Tools Inc. (NYSE: HLT) reported results for the third quarter ended March 31, 2025.\n\n")]
    public void A_quarter_named_in_a_document_that_does_not_name_its_own_quarter_so_is_not_placed(string opening)
    {
        // Without the reported quarter named as the calendar names it, "the fourth quarter of 2024" may be a fiscal quarter
        // (a year ending in June calls January to March its third quarter).
        var amounts = Read(opening + "Profit was $310 million, compared to $301 million in the fourth quarter of 2024.\n");
        Assert.DoesNotContain(amounts, a => a.Value == 301_000_000m && a.Period is not null);
    }

    [Fact]
    public void The_quarter_before_is_placed_whatever_the_quarters_are_called()
    {
        const string opening = "Harborlight Tools Inc. (NYSE: HLT) reported results for the third quarter ended March 31, 2025.\n\n";
        var amounts = Read(opening + "Profit was $310 million, compared with $301 million in the preceding quarter.\n");
        Assert.Equal(Period.Parse("2024-10-01/2024-12-31"), Assert.Single(amounts, a => a.Value == 301_000_000m).Period);
    }

    [Fact]
    public void The_comparatives_after_another_quarters_amount_are_not_given_its_line_item()
    {
        // "a year earlier" is relative to the fourth quarter here, not to the release's quarter: not guessed.
        var amounts = Read("Harborlight Tools Inc. (NYSE: HLT) reported results for the first quarter ended March 31, 2025.\n\n"
            + "In the fourth quarter of 2024, profit was $301 million, compared with $280 million a year earlier.\n");
        Assert.Equal(Period.Parse("2024-10-01/2024-12-31"), Assert.Single(amounts, a => a.Value == 301_000_000m).Period);
        Assert.DoesNotContain(amounts, a => a.Value == 280_000_000m && a.Concept is not null);
    }

    [Theory]
    [InlineData("Profit was $310 million, compared with $301 million in the second quarter of 2024 through the fourth quarter of 2024.\n")]
    [InlineData("Profit was $310 million, compared with $301 million in the last quarter of 2024.\n")]
    public void A_quarter_the_words_do_not_name_exactly_is_not_placed(string sentence)
    {
        Assert.DoesNotContain(Read(Opening + sentence), a => a.Value == 301_000_000m && a.Period is not null);
    }

    [Fact]
    public void Another_quarter_of_a_year_of_weeks_is_not_placed()
    {
        // The reported quarter ends on a Saturday: the calendar does not give its dates, so no other quarter's are guessed.
        const string opening = "Harborlight Tools Inc. (NYSE: HLT) reported results for the thirteen weeks ended March 29, 2025.\n\n";
        var amounts = Read(opening + "Profit was $310 million, compared with $301 million in the preceding quarter.\n");
        Assert.DoesNotContain(amounts, a => a.Value == 301_000_000m && a.Period is not null);
    }

    [Theory]
    [InlineData("Profit was $310 million, up 3% sequentially from $301 million.\n")]
    [InlineData("Profit for the trailing twelve months was $301 million.\n")]
    [InlineData("Year-to-date profit was $301 million.\n")]
    [InlineData("Profit was $310 million, compared with $301 million in the first nine months of 2024.\n")]
    [InlineData("Profit for the quarter was $310 million, while profit for the first half was $301 million.\n")]
    [InlineData("Full-year profit was $301 million.\n")]
    [InlineData("Profit was $310 million, up 3% from $301 million in the prior quarter on a sequential basis.\n")]
    [InlineData("Profit was $310 million, compared with $301 million in the fourth quarter.\n")]
    public void An_amount_whose_words_name_another_period_than_its_default_is_not_placed(string sentence)
    {
        var amounts = Read(Opening + sentence);
        Assert.DoesNotContain(amounts, a => a.Value == 301_000_000m);
    }

    [Fact]
    public void A_comparative_in_the_reported_quarters_ordinal_is_the_year_before()
    {
        var amounts = Read(Opening + "Profit was $310 million, compared with $301 million in the first quarter.\n");
        Assert.Equal(Period.Parse("2024-01-01/2024-03-31"), Assert.Single(amounts, a => a.Value == 301_000_000m).Period);
    }

    [Fact]
    public void A_per_share_amount_opening_a_wrapped_line_is_not_read_without_its_subject()
    {
        var amounts = Read(Opening + "Profit fell to $310 million, or $1.42 per diluted share, from $330 million, or\n"
            + "$1.51 per diluted share, in the first quarter of 2024.\n");
        Assert.DoesNotContain(amounts, a => a.Value == 1.51m && a.Concept is not null);
    }

    [Fact]
    public void A_per_share_amount_opening_a_new_sentence_line_is_read()
    {
        var amounts = Read(Opening + "Profit was $310 million for the quarter.\n$1.42 per diluted share was a record.\n");
        Assert.Equal("EarningsPerShareDiluted", Assert.Single(amounts, a => a.Value == 1.42m).Concept!.Concept.LocalName);
    }

    [Fact]
    public void In_a_release_on_the_year_a_quarters_amount_is_the_quarters_not_the_years()
    {
        const string opening = "Harborlight Tools Inc. (NYSE: HLT) reported results for the fourth quarter and full year ended December 31, 2025.\n\n";
        var amounts = Read(opening
            + "Net income for the fourth quarter was $52 million, or $1.30 per diluted share. For the full year, net income was $192 million.\n"
            + "Full-year revenue was $2.39 billion and fourth quarter profit was $61 million, or $1.52 per share.\n");

        var year = Period.Parse("2025-01-01/2025-12-31");
        var quarter = Period.Parse("2025-10-01/2025-12-31");
        Assert.All(amounts.Where(a => a.Value is 52_000_000m or 61_000_000m or 1.30m or 1.52m), a => Assert.Equal(quarter, a.Period));
        Assert.Equal(quarter, Assert.Single(amounts, a => a.Value == 52_000_000m).Period);
        Assert.Equal(year, Assert.Single(amounts, a => a.Value == 192_000_000m).Period);
        Assert.Equal(year, Assert.Single(amounts, a => a.Value == 2_390_000_000m).Period);
    }

    [Theory]
    [InlineData("Total assets were $9.1 billion at the end of the fourth quarter.\n")]
    [InlineData("Total assets were $9.1 billion at year-end 2024.\n")]
    [InlineData("Total assets were $9.1 billion at the beginning of the year.\n")]
    [InlineData("Total assets were $9.1 billion at the end of the prior quarter.\n")]
    public void A_balance_at_another_point_is_not_placed_at_the_periods_end(string sentence)
    {
        Assert.DoesNotContain(Read(Opening + sentence), a => a.Value == 9_100_000_000m && a.Period is not null);
    }

    [Fact]
    public void A_balance_at_the_end_of_the_reported_quarter_is_placed_there()
    {
        var assets = Assert.Single(Read(Opening + "Total assets were $9.4 billion at the end of the first quarter.\n"), a => a.Value == 9_400_000_000m);
        Assert.Equal(Period.Parse("2025-03-31"), assets.Period);
    }

    [Fact]
    public void The_same_quarter_of_the_year_before_named_with_its_year_is_the_comparative()
    {
        var amounts = Read(Opening + "Profit was $310 million, compared to $285 million in the first quarter of 2024.\n");
        Assert.Equal(Period.Parse("2024-01-01/2024-03-31"), Assert.Single(amounts, a => a.Value == 285_000_000m).Period);
        Assert.Equal(Period.Parse("2025-01-01/2025-03-31"), Assert.Single(amounts, a => a.Value == 310_000_000m).Period);
    }

    [Fact]
    public void An_amount_including_something_is_the_line_item()
    {
        var profit = Assert.Single(Read(Opening + "Profit was $322 million, including a $12 million gain on the sale of a plant.\n"), a => a.Value == 322_000_000m);
        Assert.Equal("ProfitLoss", profit.Concept!.Concept.LocalName);
    }
}

/// <summary>Prose amounts merged into a fictional release's table facts.</summary>
public class NarrativeMergeTests
{
    private static ExtractionResult Extract(string quarterEnd, string priorEnd, string prose) =>
        FilingExtractor.Extract(
            "HARBORLIGHT TOOLS INC. REPORTS FIRST QUARTER RESULTS\n\n"
            + $"Harborlight Tools Inc. today reported results for the quarter ended {quarterEnd}. " + prose + "\n\n"
            + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n"
            + "\tThree Months Ended\n"
            + $"\t{quarterEnd}\t{priorEnd}\n"
            + IncomeRows,
            new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    // Gross profit 9,000 − 6,000 = 3,000 (8,000 − 5,500 = 2,500); net income 3,000 − 1,000 = 2,000 (2,500 − 900 = 1,600).
    internal const string IncomeRows =
        "Net sales\t$\t9,000\t$\t8,000\n"
        + "Cost of sales\t\t6,000\t\t5,500\n"
        + "Gross profit\t\t3,000\t\t2,500\n"
        + "Income taxes\t\t1,000\t\t900\n"
        + "Net income\t$\t2,000\t$\t1,600\n";

    private static Fact? Fact(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period));

    [Fact]
    public void Net_profit_restating_the_tables_net_income_confirms_it_and_is_not_a_second_fact()
    {
        var result = Extract("December 31, 2025", "December 31, 2024", "The company posted record net quarterly profit of $2.0 million.");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "ProfitLoss");
        Assert.Contains(DecisionMethod.NarrativeMatched, Fact(result, "NetIncomeLoss", "2025-10-01/2025-12-31")!.Provenance!.Methods);
    }

    [Fact]
    public void Revenue_restating_the_tables_only_sales_line_confirms_it_and_is_not_a_second_fact()
    {
        var result = Extract("December 31, 2025", "December 31, 2024", "The company posted record revenue of $9.0 million.");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
        Assert.Contains(DecisionMethod.NarrativeMatched, Fact(result, "SalesRevenueNet", "2025-10-01/2025-12-31")!.Provenance!.Methods);
    }

    [Fact]
    public void Revenue_that_differs_from_a_component_is_its_own_fact()
    {
        var result = Extract("December 31, 2025", "December 31, 2024", "The company posted record revenue of $9.6 million.");
        Assert.Equal(9_600_000m, Fact(result, "Revenues", "2025-10-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void Revenue_agreeing_with_one_of_several_printed_components_confirms_none()
    {
        // Product and service revenue both printed: a total that agrees with one of them (within its rounding) is not that line.
        var result = FilingExtractor.Extract(
            "Harborlight Tools Inc. today reported results for the quarter ended December 31, 2025. The company posted revenues of $9 million.\n\n"
            + "CONDENSED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
            + "\tThree Months Ended\n"
            + "\tDecember 31, 2025\tDecember 31, 2024\n"
            + "Product revenue\t$\t8,700\t$\t8,000\n"
            + "Service revenue\t\t300\t\t250\n",
            new ExtractionOptions { Catalog = Support.Fictional.Catalog, SourceName = "fictional.txt" });
        Assert.DoesNotContain(result.Report.Facts, f => f.Provenance?.Methods.Contains(DecisionMethod.NarrativeMatched) == true && f.Concept.LocalName != "Revenues");
        Assert.Equal(9_000_000m, Fact(result, "Revenues", "2025-10-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void A_year_ago_amount_confirms_the_table_quarter_a_52_53_week_calendar_ends_a_day_later()
    {
        // The year-ago quarter computed from the current one ends December 27, 2024; the table prints it ending December 28.
        var result = Extract("December 27, 2025", "December 28, 2024",
            "Net income was $2.0 million. These results compare with a net income of $1.6 million in the year-ago quarter.");
        Assert.Contains(DecisionMethod.NarrativeMatched, Fact(result, "NetIncomeLoss", "2024-09-29/2024-12-28")!.Provenance!.Methods);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period.End == new DateOnly(2024, 12, 27));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous");
    }
}

/// <summary>Fiscal years named by the calendar year they begin in, and quarters prose names by nominal months.</summary>
public class NarrativeFiscalNamingTests
{
    // A fictional retailer whose fiscal year ends around the start of February and is named by the year it begins in.
    private const string Retailer = "Prairie Outfitters, Inc. (Nasdaq: PRAO) announced that net income for the fiscal quarter ended November 1, 2025 was $2.0 million. "
        + "Net income for the third quarter of fiscal 2025 was $2.0 million, compared with net income of $1.6 million for the third quarter of fiscal 2024.";

    [Fact]
    public void A_fiscal_quarter_named_by_the_year_it_begins_in_is_the_reported_quarter()
    {
        var lines = Segmenter.Segment(new SourceText(Retailer + "\n"));
        var calendar = DocumentCalendar.Build(lines);
        var amounts = new ProseReader(CatalogIndexes.For(ConceptCatalog.Default).Phrases, calendar).Read(Sentence.Split(lines));
        Assert.True(calendar.NamedByStartYear);
        // A quarter ending on another day than a month's last is 13 weeks, whichever words name it; the year before's is
        // counted 52 weeks back, a day no period the document states ends on (it may have had 53).
        Assert.Equal(
            [Period.Parse("2025-08-03/2025-11-01"), Period.Parse("2025-08-03/2025-11-01"), Period.Parse("2024-08-04/2024-11-02")],
            amounts.Select(a => a.Period!.Value));
        Assert.Equal([false, false, true], amounts.Select(a => a.Nominal));
    }

    [Fact]
    public void A_fiscal_quarter_named_by_the_year_it_ends_in_keeps_that_reading()
    {
        const string text = "Ridgeback Software Corp. reported results for the quarter ended December 31, 2025, the second quarter of fiscal 2026. "
            + "Revenues for the second quarter of fiscal 2026 were $12.0 million, compared with $10.5 million for the second quarter of fiscal 2025.\n";
        var lines = Segmenter.Segment(new SourceText(text));
        var calendar = DocumentCalendar.Build(lines);
        var amounts = new ProseReader(CatalogIndexes.For(ConceptCatalog.Default).Phrases, calendar).Read(Sentence.Split(lines));
        Assert.False(calendar.NamedByStartYear);
        Assert.Equal([Period.Parse("2025-10-01/2025-12-31"), Period.Parse("2024-10-01/2024-12-31")], amounts.Select(a => a.Period!.Value));
    }

    [Fact]
    public void A_nominal_quarter_is_the_thirteen_week_quarter_the_table_prints()
    {
        var result = FilingExtractor.Extract(
            Retailer + "\n\n"
            + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
            + "\tThirteen Weeks Ended\n"
            + "\tNovember 1, 2025\tNovember 2, 2024\n"
            + NarrativeMergeTests.IncomeRows,
            new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });
        var netIncome = result.Report.Facts.Where(f => f.Concept.LocalName == "NetIncomeLoss").ToList();
        Assert.Equal([Period.Parse("2025-08-03/2025-11-01"), Period.Parse("2024-08-04/2024-11-02")], netIncome.Select(f => f.Period));
        Assert.All(netIncome, f => Assert.Contains(DecisionMethod.NarrativeMatched, f.Provenance!.Methods));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous");
    }
}
