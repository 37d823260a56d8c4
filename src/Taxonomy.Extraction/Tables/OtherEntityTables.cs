namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Statements of another entity printed in the registrant's release: a holding company's release that also prints its
/// bank's or utility's statements under that subsidiary's name ("IRONBRIDGE ELECTRIC COMPANY" above "BALANCE SHEETS",
/// or "(a wholly owned subsidiary of …)"). Their figures are the subsidiary's, not the registrant's, so the table is
/// kept without values (a finding says why). A statement continuing such a table with no name of its own above it is
/// the same entity's. A name that agrees with the registrant's up to punctuation, a corporate suffix or "and
/// subsidiaries" is the registrant's; without a registrant name only the "subsidiary of" caption decides.
/// </summary>
internal static class OtherEntityTables
{
    // Last words of a company's name beyond its legal form: they tell a bank from its holding company, so they stay in the comparison.
    private static readonly HashSet<string> NameEndings = new(StringComparer.Ordinal) { "companies", "group", "holdings", "bancorp", "bank", "trust" };

    /// <summary>The tables, those of another entity than <paramref name="registrant"/> kept without their values.</summary>
    public static IReadOnlyList<StatementTable> Skip(IReadOnlyList<StatementTable> tables, string? registrant)
    {
        var own = registrant is null ? null : CompanyNames.Core(registrant);
        if (own is { Count: 0 }) own = null;
        List<StatementTable>? result = null;
        string? previousOther = null;
        for (int i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var named = NamedEntity(table, own);
            string? other = named switch
            {
                { IsOther: true } => named.Value.Name,
                null when table.ContinuesPrevious => previousOther,
                _ => null,
            };
            previousOther = other;
            if (other is null || table.SkippedBecause is not null) continue;
            result ??= [.. tables];
            result[i] = table.Skipped($"the figures of {other}, an entity other than the registrant");
        }
        return result ?? tables;
    }

    /// <summary>The entity the lines above the title name, and whether it is another than the registrant; null when they name none.</summary>
    private static (string Name, bool IsOther)? NamedEntity(StatementTable table, List<string>? own)
    {
        (string Name, bool IsOther)? found = null;
        var preamble = table.Preamble;
        for (int k = 0; k < preamble.Count - 1; k++)
        {
            string text = preamble[k].Text.Trim();
            if (text.Length is 0 or > 120) continue;
            string lower = text.ToLowerInvariant();
            if (lower.Contains("subsidiary of", StringComparison.Ordinal))
            {
                string name = k > 0 ? preamble[k - 1].Text.Trim() : text.Trim('(', ')', ' ');
                return (name, true);
            }
            if (found is null && own is not null && NamesCompany(lower))
            {
                // "The Company" or "Results of the Company" names no company.
                var core = CompanyNames.Core(text);
                bool namesOne = core.Count > 1 || core is [var only] && !IsEnding(only);
                if (namesOne && !lower.Contains(" of the ", StringComparison.Ordinal)) found = (text, !CompanyNames.SameCompany(core, own));
            }
        }
        return found;
    }

    /// <summary>A line that ends on a corporate suffix ("… Company", "… Inc.", "… Corporation and Subsidiaries").</summary>
    private static bool NamesCompany(string lower)
    {
        var words = CompanyNames.Words(lower);
        int n = CompanyNames.WithoutGroupEnding(words);
        return n >= 2 && (IsEnding(words[n - 1]) || (n >= 3 && CompanyNames.IsLegalForm(words[n - 2] + " " + words[n - 1])));
    }

    private static bool IsEnding(string word) => CompanyNames.IsLegalForm(word) || NameEndings.Contains(word);
}
