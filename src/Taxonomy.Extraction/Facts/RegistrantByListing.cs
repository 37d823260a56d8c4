using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A submission a filing agent filed for several registrants names none of them as its submitter; the release's issuer
/// listing ("Fernhollow Energy Holdings Inc. (NYSE: FHE)") names the company it reports on. The FILER block whose
/// conformed name is that name (as <see cref="CompanyNames"/> compares them: capitals, punctuation, the legal form and
/// a state suffix such as "/DE/" aside) is the registrant, when exactly one is.
/// </summary>
internal static class RegistrantByListing
{
    /// <summary>The FILER block the listing names, when the accession number names no registrant and exactly one block matches; else null.</summary>
    public static SubmissionFiler? Choose(SubmissionHeader? submission, IssuerListing? listing)
    {
        if (submission is null || listing?.Name is not { } name) return null;
        var registrants = submission.Filers.Where(f => f.Role == "FILER").ToList();
        if (registrants.Count < 2 || SubmittedByRegistrant(submission, registrants)) return null;
        var matched = registrants.Where(f => Names(f, name.Value)).ToList();
        return matched.Count == 1 ? matched[0] : null;
    }

    /// <summary>True when the block's conformed name is <paramref name="printed"/>, the name a release prints.</summary>
    public static bool Names(SubmissionFiler filer, string printed) =>
        filer.CompanyName is { } conformed && CompanyNames.Equal(conformed, printed);

    /// <summary>True when the accession number's prefix is one registrant's CIK: the registrant filed it itself.</summary>
    internal static bool SubmittedByRegistrant(SubmissionHeader submission, IEnumerable<SubmissionFiler> registrants)
    {
        int dash = submission.AccessionNumber?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash > 0 && registrants.Any(f => string.Equals(f.CentralIndexKey, submission.AccessionNumber![..dash], StringComparison.Ordinal));
    }
}
