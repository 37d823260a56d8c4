namespace Taxonomy.Extraction.Tests.Support;

/// <summary>Reads what an extraction reported, for assertions.</summary>
internal static class ReportedFacts
{
    /// <summary>The value reported for the concept (local name) and period (<c>2031-01-01/2031-03-31</c> or an instant), or null.</summary>
    public static decimal? Value(this ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;
}
