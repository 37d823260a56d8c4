using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Document and entity information facts (dei): form type, period end, registrant, file number, tax id, fiscal year
/// end and focus. Concepts come from the catalog's document-information statement when it has them. For an EDGAR
/// submission the SGML header's values (what EDGAR itself recorded) win over what the cover page text suggests.
/// </summary>
internal static class DocumentFacts
{
    public const string DeiNamespace = "http://xbrl.sec.gov/dei/2024";

    public static List<Fact> Build(DocumentHeader header, DocumentCalendar calendar, Period? reportingPeriod, Entity entity, ConceptCatalog catalog, Loading.SourceText source,
        IEnumerable<Period> tablePeriods, List<ValidationFinding> findings, Formats.SubmissionHeader? submission = null, IssuerListing? listing = null)
    {
        var facts = new List<Fact>();
        var dei = catalog.Statements.FirstOrDefault(s => s.Kind == StatementKind.DocumentAndEntityInformation);
        DateOnly? end = submission?.PeriodOfReport ?? header.DateOfReport?.Value ?? reportingPeriod?.End;
        if (end is null) return facts;
        string? formType = submission?.SubmissionType ?? header.FormType?.Value;
        var context = Period.Duration(reportingPeriod is { } rp && formType is "10-Q" or "10-K" ? rp.Start!.Value : end.Value, end.Value);
        void Add(string localName, string value, (int Offset, int Length)? where, string note)
        {
            var qname = Resolve(dei, localName);
            var span = where is { } w ? source.Span(w.Offset, w.Length) : new SourceSpan(1, 1, 0, 0);
            facts.Add(new Fact
            {
                Concept = qname,
                Entity = entity,
                Period = context,
                TextValue = value,
                Provenance = new Provenance(span, where is { } ww ? source.Text.Substring(ww.Offset, ww.Length) : value, EquatableList.Create(DecisionMethod.DocumentHeader), note),
            });
        }
        const string Sgml = "in the SEC header of the submission";
        if (submission?.SubmissionType is { Length: > 0 } type) Add("DocumentType", type, null, "conformed submission type " + Sgml);
        else if (header.FormType is { } form) Add("DocumentType", form.Value, (form.Offset, form.Length), "form type on the cover page");
        // An amendment's form type ends in "/A" (the submission header's "8-K/A"; a cover page may instead number the amendment under "FORM 8-K").
        if (submission?.SubmissionType is { Length: > 0 } submitted) Add("AmendmentFlag", submitted.EndsWith("/A", StringComparison.OrdinalIgnoreCase) ? "true" : "false", null, "conformed submission type " + Sgml);
        else if (header.FormType is { } cover) Add("AmendmentFlag", header.Amendment ? "true" : "false", (cover.Offset, cover.Length), "form type on the cover page");
        if (submission?.PeriodOfReport is { } reported) Add("DocumentPeriodEndDate", DocumentHeader.Iso(reported), null, "conformed period of report " + Sgml);
        else if (header.DateOfReport is { } date) Add("DocumentPeriodEndDate", DocumentHeader.Iso(date.Value), (date.Offset, date.Length), "date of report");
        if (submission?.CompanyName is { Length: > 0 } company) Add("EntityRegistrantName", company, null, "company conformed name " + Sgml);
        else if (header.RegistrantName is { } name) Add("EntityRegistrantName", name.Value, (name.Offset, name.Length), "exact name of registrant");
        else if (listing?.Name is { } issuer) Add("EntityRegistrantName", issuer.Value, (issuer.Offset, issuer.Length), "issuer named with its stock listing in the release");
        if (listing is not null)
        {
            Add("SecurityExchangeName", listing.Exchange, (listing.Offset, listing.Length), "exchange of the issuer's stock listing in the release");
            if (listing.Symbols.Count == 1) Add("TradingSymbol", listing.Symbols[0], (listing.Offset, listing.Length), "trading symbol of the issuer's stock listing in the release");
            else
            {
                findings.Add(Findings.Make(Findings.SeveralTradingSymbols, Severity.Info,
                    $"The release lists several trading symbols ({string.Join(", ", listing.Symbols)}), one per class of stock; dei:TradingSymbol is reported per class, and this report has no class of stock dimension, so none is reported.",
                    source.Span(listing.Offset, listing.Length)));
            }
        }
        if (submission?.SecFileNumber is { Length: > 0 } fileNumber) Add("EntityFileNumber", fileNumber, null, "SEC file number " + Sgml);
        else if (header.FileNumber is { } file) Add("EntityFileNumber", file.Value, (file.Offset, file.Length), "commission file number");
        if (submission?.IrsNumber is { Length: 9 } irs && irs.All(char.IsAsciiDigit)) Add("EntityTaxIdentificationNumber", irs[..2] + "-" + irs[2..], null, "IRS number " + Sgml);
        else if (header.TaxId is { } tax) Add("EntityTaxIdentificationNumber", tax.Value, (tax.Offset, tax.Length), "IRS employer identification number");
        if (submission?.CentralIndexKey is { Length: > 0 } key && key.All(char.IsAsciiDigit)) Add("EntityCentralIndexKey", key.PadLeft(10, '0'), null, "central index key " + Sgml);
        else if (header.Cik is { } cik) Add("EntityCentralIndexKey", cik.Value.PadLeft(10, '0'), (cik.Offset, cik.Length), "central index key");
        if (submission is not null) RegistrantChoice(submission, listing, findings);
        if (submission?.FiscalYearEnd is { Length: 7 } yearEnd && yearEnd.StartsWith("--", StringComparison.Ordinal))
        {
            Add("CurrentFiscalYearEndDate", yearEnd, null, "fiscal year end " + Sgml);
        }
        // A year ending on a weekday ("the last Saturday of June") ends on another day each year: no one month and day states it.
        else if (calendar.FiscalStated && calendar.Fiscal.EndWeekday is null)
        {
            Add("CurrentFiscalYearEndDate", string.Create(CultureInfo.InvariantCulture, $"--{calendar.Fiscal.EndMonth:00}-{calendar.Fiscal.EndDay:00}"), null, "fiscal year end stated or implied by the narrative");
        }
        if (reportingPeriod is { } period)
        {
            var focus = FiscalFocus.Of(period, KnownYearEnd(calendar, submission), calendar.Quarters, tablePeriods);
            if (focus.Year is { } year)
            {
                Add("DocumentFiscalYearFocus", year.ToString(CultureInfo.InvariantCulture), null,
                    focus.YearStated ? "fiscal year the narrative names for the reported period" : "fiscal year of the reported period");
            }
            if (focus.Period is { } fiscalPeriod) Add("DocumentFiscalPeriodFocus", fiscalPeriod, null, "fiscal period of the reported period");
            if (focus.Undecided is { } reason)
            {
                findings.Add(Findings.Make(Findings.FiscalFocusUndecided, Severity.Info,
                    focus.Period is null ? $"The fiscal period and year the document reports on are not reported: {reason}." : $"The fiscal year the document reports on is not reported: {reason}."));
            }
        }
        return facts;
    }

    /// <summary>
    /// A submission filed for several registrants (a holding company and its operating subsidiaries file one 8-K): the
    /// report's entity and document facts are one registrant's, and which one is said. The submitter the accession number
    /// names is the choice the header confirms; a filing agent's number confirms none, and the first company block is then
    /// only the header's order (a warning: <c>--cik</c> chooses another).
    /// </summary>
    private static void RegistrantChoice(Formats.SubmissionHeader submission, IssuerListing? listing, List<ValidationFinding> findings)
    {
        var registrants = submission.Filers.Where(f => f.Role == "FILER").ToList();
        if (registrants.Count < 2 || submission.Primary is not { } primary) return;
        string names = string.Join(", ", registrants.Select(f => f.CompanyName ?? "(unnamed)"));
        string chosen = $"{primary.CompanyName ?? "(unnamed)"} (CIK {primary.CentralIndexKey ?? "not stated"})";
        bool submitter = RegistrantByListing.SubmittedByRegistrant(submission, [primary]);
        if (!submitter && listing?.Name is { } listed && RegistrantByListing.Names(primary, listed.Value))
        {
            findings.Add(Findings.Make(Findings.SeveralRegistrants, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"The submission is filed for {registrants.Count} registrants ({names}) and its accession number names none of them (a filing agent submitted it); the facts are reported for {chosen}, the company block whose name the release's issuer listing prints ('{listed.Value}' with its stock listing).")));
            return;
        }
        findings.Add(submitter
            ? Findings.Make(Findings.SeveralRegistrants, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"The submission is filed for {registrants.Count} registrants ({names}); the facts are reported for {chosen}, the registrant that submitted it (its accession number's prefix). A co-registrant's own figures in the exhibits are not told apart from it."))
            : Findings.Make(Findings.SeveralRegistrants, Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"The submission is filed for {registrants.Count} registrants ({names}) and its accession number names none of them (a filing agent submitted it); the facts are reported for the first company block, {chosen}, which the header does not confirm as the company the exhibits report on. Pass --cik to choose the registrant.")));
    }

    /// <summary>The fiscal year end the narrative states or implies, else the one the submission header records.</summary>
    private static FiscalCalendar? KnownYearEnd(DocumentCalendar calendar, Formats.SubmissionHeader? submission)
    {
        if (calendar.FiscalStated) return calendar.Fiscal;
        if (submission?.FiscalYearEnd is { Length: 7 } end && end.StartsWith("--", StringComparison.Ordinal)
            && int.TryParse(end.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(end.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day) && month is >= 1 and <= 12 && day is >= 1 and <= 31)
        {
            return new FiscalCalendar(month, day);
        }
        return null;
    }

    private static QName Resolve(StatementDefinition? dei, string localName) =>
        dei?.Concepts.FirstOrDefault(c => c.Concept.LocalName == localName)?.Concept ?? new QName("dei", localName);
}
