namespace Taxonomy.Extraction.Formats;

/// <summary>A parsed EDGAR submission.</summary>
/// <param name="Header">The SGML header, or <see langword="null"/> for a single document stored without it.</param>
/// <param name="Documents">Every document in submission order.</param>
public sealed record EdgarSubmission(SubmissionHeader? Header, IReadOnlyList<SubmissionDocument> Documents);
