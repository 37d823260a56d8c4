using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A submission a filing agent filed for several registrants names none of them as its submitter; the release's issuer
/// listing ("Fernhollow Energy Holdings Inc. (NYSE: FHE)") names the company it reports on. The FILER block whose
/// conformed name is that name (capitals, punctuation, "Incorporated" or "Inc", a state suffix such as "/DE/" aside) is
/// the registrant, when exactly one is.
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
        filer.CompanyName is { } conformed && Normalize(conformed) is { Length: > 0 } key && key == Normalize(printed);

    /// <summary>True when the accession number's prefix is one registrant's CIK: the registrant filed it itself.</summary>
    internal static bool SubmittedByRegistrant(SubmissionHeader submission, IEnumerable<SubmissionFiler> registrants)
    {
        int dash = submission.AccessionNumber?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash > 0 && registrants.Any(f => string.Equals(f.CentralIndexKey, submission.AccessionNumber![..dash], StringComparison.Ordinal));
    }

    private static string Normalize(string name)
    {
        var words = new List<string>();
        foreach (string raw in name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "/DE/": the state EDGAR adds to tell companies of one name apart.
            if (raw.Length > 2 && raw[0] == '/' && raw[^1] == '/') continue;
            string word = new(raw.Where(c => char.IsLetterOrDigit(c) || c == '&').ToArray());
            if (word.Length == 0) continue;
            words.Add(word switch { "INCORPORATED" => "INC", "CORPORATION" => "CORP", "COMPANY" => "CO", "LIMITED" => "LTD", "AND" => "&", _ => word });
        }
        if (words.Count > 0 && words[0] == "THE") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
