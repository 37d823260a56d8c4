using System.Text;

namespace Taxonomy.Testing.Samples;

/// <summary>The words of the sample filing: the 8-K cover and the press release narrative (invented text).</summary>
internal static class SampleProse
{
    public static void AppendCover(StringBuilder text, SampleCompany c)
    {
        string release = SampleCells.LongDate(c.ReleaseDate);
        text.Append("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n");
        text.Append("FORM 8-K\n\nCURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n\n");
        text.Append("Date of Report (Date of earliest event reported): ").Append(release).Append("\n\n");
        text.Append(c.Name.ToUpperInvariant()).Append("\n(Exact name of registrant as specified in its charter)\n\n");
        text.Append(c.State).Append('\t').Append(c.CommissionFileNumber).Append('\t').Append(c.IrsNumber).Append('\n');
        text.Append("(State or other jurisdiction of incorporation)\t(Commission File Number)\t(IRS Employer Identification No.)\n\n");
        text.Append(c.Street).Append(", ").Append(c.City).Append('\t').Append(c.Zip).Append('\n');
        text.Append("(Address of principal executive offices)\t(Zip Code)\n\n");
        text.Append("Registrant's telephone number, including area code: (541) 555-0187\n\n");
        text.Append("Item 2.02. Results of Operations and Financial Condition.\n\n");
        text.Append("On ").Append(release).Append(", ").Append(c.Name).Append(" announced its financial results for the second quarter of fiscal ")
            .Append(c.FiscalYear).Append(", which ended on ").Append(SampleCells.LongDate(c.QuarterEnd))
            .Append(". The announcement is furnished as Exhibit 99.1 to this report. The information in this Item and in Exhibit 99.1 is furnished, not filed.\n\n");
        text.Append("Item 9.01. Financial Statements and Exhibits.\n\n(d) Exhibits\n\n");
        text.Append("99.1\tAnnouncement of ").Append(c.Name).Append(" dated ").Append(release).Append('\n');
        text.Append("\nSIGNATURE\n\n");
        text.Append("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.\n\n");
        text.Append(c.Name).Append("\nBy: /s/ Marguerite Oyelaran\nMarguerite Oyelaran, Chief Financial Officer\nDate: ").Append(release).Append('\n');
    }

    public static void AppendRelease(StringBuilder text, SampleCompany c, SampleNumbers n)
    {
        int prior = c.FiscalYear - 1;
        string city = c.City.Split(',')[0].ToUpperInvariant();
        string state = c.City.Contains(',') ? c.City[(c.City.IndexOf(',') + 1)..].Trim() : string.Empty;
        text.Append("\nExhibit 99.1\n\n");
        text.Append(c.ShortName).Append(" Photonics Posts Second Quarter Fiscal ").Append(c.FiscalYear).Append(" Results\n\n");
        text.Append(city).Append(", ").Append(state).Append(", ").Append(SampleCells.LongDate(c.ReleaseDate)).Append(" -- ")
            .Append(c.Name).Append(" (Nasdaq: ").Append(c.Ticker).Append("), a maker of tunable laser modules for optical test benches, ")
            .Append("today reported results for the three months ended ").Append(SampleCells.LongDate(c.QuarterEnd)).Append(".\n\n");

        text.Append("Revenues for the second quarter of fiscal ").Append(c.FiscalYear).Append(" were ").Append(SampleCells.Millions(n.TotalRevenues.Current))
            .Append(", compared with ").Append(SampleCells.Millions(n.TotalRevenues.Prior)).Append(" for the second quarter of fiscal ").Append(prior)
            .Append(". Product shipments grew, while license fees fell after a large signing in the prior-year quarter. ");
        for (int i = 0; i < n.RevenueLines.Count; i++)
        {
            var line = n.RevenueLines[i];
            string label = i == 0 ? line.Label : char.ToLowerInvariant(line.Label[0]) + line.Label[1..];
            if (i > 0) text.Append(i == n.RevenueLines.Count - 1 ? "; and " : "; ");
            text.Append(label).Append(line.Label.EndsWith('s') ? " were " : " was ").Append(SampleCells.Millions(line.Amount.Current))
                .Append(", compared with ").Append(SampleCells.Millions(line.Amount.Prior));
        }
        text.Append(".\n\n");

        text.Append("Operating expenses for the quarter were ").Append(SampleCells.Millions(n.OperatingExpenses.Current))
            .Append(", compared with ").Append(SampleCells.Millions(n.OperatingExpenses.Prior)).Append(" for the second quarter of fiscal ").Append(prior)
            .Append(". ");
        text.Append("Research and development expenses were ").Append(SampleCells.Millions(n.ResearchAndDevelopment.Current))
            .Append(" for the quarter, compared with ").Append(SampleCells.Millions(n.ResearchAndDevelopment.Prior))
            .Append(" a year earlier, and general and administrative expenses were ").Append(SampleCells.Millions(n.GeneralAndAdministrative.Current))
            .Append(", compared with ").Append(SampleCells.Millions(n.GeneralAndAdministrative.Prior)).Append(".\n\n");

        text.Append(c.ShortName).Append(" reported a ").Append(Result(n.NetIncome.Current)).Append(" of ").Append(SampleCells.Millions(n.NetIncome.Current))
            .Append(", or ").Append(SampleCells.Cents(n.EarningsPerShare.Current)).Append(" per basic and diluted share, for the quarter, compared with a ")
            .Append(Result(n.NetIncome.Prior)).Append(" of ").Append(SampleCells.Millions(n.NetIncome.Prior)).Append(", or ")
            .Append(SampleCells.Cents(n.EarningsPerShare.Prior)).Append(" per basic and diluted share, for the same quarter a year earlier. ")
            .Append("Research spending rose as the company staffed its second module line.\n\n");

        text.Append("Cash used in operations was ").Append(SampleCells.Millions(n.CashUsedInOperations.Current)).Append(" for the quarter, compared with ")
            .Append(SampleCells.Millions(n.CashUsedInOperations.Prior)).Append(" for the second quarter of fiscal ").Append(prior)
            .Append(". Capital expenditures were ").Append(SampleCells.Millions(n.CapitalExpenditures.Current)).Append(" and ")
            .Append(SampleCells.Millions(n.CapitalExpenditures.Prior)).Append(" for the same periods, respectively.\n\n");

        text.Append(c.ShortName).Append(" ended the quarter with ").Append(SampleCells.Millions(n.Cash.Current))
            .Append(" in cash, cash equivalents and short-term investments, compared with ").Append(SampleCells.Millions(n.Cash.Prior))
            .Append(" at ").Append(SampleCells.LongDate(c.FiscalYearEnd)).Append(", the end of fiscal ").Append(prior).Append(".\n\n");

        text.Append("About ").Append(c.Name).Append("\n\n").Append(c.ShortName)
            .Append(" designs and builds tunable laser modules used to test optical networking equipment. This announcement contains forward-looking statements; actual results may differ.\n");
    }

    private static string Result(decimal netIncome) => netIncome < 0 ? "net loss" : "net income";
}
