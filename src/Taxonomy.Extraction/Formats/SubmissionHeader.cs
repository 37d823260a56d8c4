namespace Taxonomy.Extraction.Formats;

/// <summary>The SGML header of an EDGAR submission (<c>&lt;SEC-HEADER&gt;</c>).</summary>
/// <param name="AccessionNumber">ACCESSION NUMBER, e.g. <c>0001193125-11-009392</c>.</param>
/// <param name="SubmissionType">CONFORMED SUBMISSION TYPE, e.g. <c>8-K</c>.</param>
/// <param name="PeriodOfReport">CONFORMED PERIOD OF REPORT.</param>
/// <param name="FiledAsOf">FILED AS OF DATE.</param>
/// <param name="Filers">Every company block in header order.</param>
/// <param name="Primary">
/// The company the submission is about: the block whose CENTRAL INDEX KEY is the accession number's prefix (the submitter's
/// own CIK) when the company filed for itself and several companies are named; otherwise the first block.
/// </param>
public sealed record SubmissionHeader(
    string? AccessionNumber,
    string? SubmissionType,
    DateOnly? PeriodOfReport,
    DateOnly? FiledAsOf,
    IReadOnlyList<SubmissionFiler> Filers,
    SubmissionFiler? Primary)
{
    /// <summary>The primary company's conformed name.</summary>
    public string? CompanyName => Primary?.CompanyName;

    /// <summary>The primary company's CIK (ten digits as printed).</summary>
    public string? CentralIndexKey => Primary?.CentralIndexKey;

    /// <summary>The primary company's IRS number.</summary>
    public string? IrsNumber => Primary?.IrsNumber;

    /// <summary>The primary company's state of incorporation.</summary>
    public string? StateOfIncorporation => Primary?.StateOfIncorporation;

    /// <summary>The primary company's fiscal year end as a gMonthDay (<c>--09-30</c>).</summary>
    public string? FiscalYearEnd => Primary?.FiscalYearEnd;

    /// <summary>The primary company's SEC file number.</summary>
    public string? SecFileNumber => Primary?.SecFileNumber;
}
