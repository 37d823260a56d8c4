using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Taxonomy.Xbrl;

namespace Taxonomy.Tests.Xbrl;

public class XbrlJsonPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static bool IsNumeric(QName concept) => ReportGenerators.NumericConcepts.Contains(concept);

    [Fact]
    public void Reading_what_was_written_gives_an_equal_report()
    {
        Check.One(Config, Prop.ForAll(Arb.From(ReportGenerators.Report), report =>
            report.Equals(XbrlJson.Parse(XbrlJson.ToJson(report), IsNumeric))));
    }

    [Fact]
    public void Every_number_survives_exactly()
    {
        Check.One(Config, Prop.ForAll(Arb.From(ReportGenerators.NumericFact), fact =>
        {
            var report = new Report([new("us-gaap", "http://fasb.org/us-gaap/2024"), new("ex", "http://example.com/fictional/2025")], [], [fact]);
            var read = Assert.Single(XbrlJson.Parse(XbrlJson.ToJson(report), IsNumeric).Facts);
            return read.NumericValue == fact.NumericValue && read.Decimals == fact.Decimals && read.Period == fact.Period && read.Unit == fact.Unit;
        }));
    }

    [Fact]
    public void Output_does_not_depend_on_fact_order()
    {
        Check.One(Config, Prop.ForAll(Arb.From(ReportGenerators.ReportAndShuffled), pair =>
            XbrlJson.ToJson(pair.Report) == XbrlJson.ToJson(pair.Shuffled)));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("fi-FI")]
    public void Output_and_round_trip_do_not_depend_on_the_current_culture(string culture)
    {
        var reports = ReportGenerators.Report.Sample(50, 30);
        var invariant = reports.Select(XbrlJson.ToJson).ToArray();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            for (int i = 0; i < reports.Length; i++)
            {
                Assert.Equal(invariant[i], XbrlJson.ToJson(reports[i]));
                Assert.Equal(reports[i], XbrlJson.Parse(invariant[i], IsNumeric));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Periods_round_trip_through_the_OIM_form()
    {
        Check.One(Config, Prop.ForAll(Arb.From(ReportGenerators.Period), period =>
            OimPeriodFormat.Parse(OimPeriodFormat.Format(period)) == period));
    }

    [Fact]
    public void Canonical_decimal_form_round_trips_exactly()
    {
        Check.One(Config, Prop.ForAll(Arb.From(ReportGenerators.Decimal), value =>
            DecimalLexical.TryParse(DecimalLexical.Format(value), out var read) && read == value
            && !DecimalLexical.Format(value).Contains('E') && !DecimalLexical.Format(value).EndsWith('.')));
    }
}
