namespace Taxonomy.Extraction.Formats;

/// <summary>One company block of an EDGAR SGML header (<c>FILER:</c>, <c>SUBJECT COMPANY:</c>, <c>FILED BY:</c> …).</summary>
/// <param name="Role">The block's heading without the colon, e.g. <c>FILER</c> or <c>SUBJECT COMPANY</c>.</param>
/// <param name="CompanyName">COMPANY CONFORMED NAME.</param>
/// <param name="CentralIndexKey">CENTRAL INDEX KEY, ten digits as printed (e.g. <c>0000320193</c>).</param>
/// <param name="IrsNumber">IRS NUMBER (employer identification number), as printed.</param>
/// <param name="StateOfIncorporation">STATE OF INCORPORATION, e.g. <c>DE</c>.</param>
/// <param name="FiscalYearEnd">FISCAL YEAR END as an XML Schema gMonthDay (<c>0930</c> becomes <c>--09-30</c>).</param>
/// <param name="FormType">FORM TYPE of the filing values.</param>
/// <param name="SecFileNumber">SEC FILE NUMBER, e.g. <c>000-10030</c>.</param>
public sealed record SubmissionFiler(
    string Role,
    string? CompanyName,
    string? CentralIndexKey,
    string? IrsNumber,
    string? StateOfIncorporation,
    string? FiscalYearEnd,
    string? FormType,
    string? SecFileNumber);
