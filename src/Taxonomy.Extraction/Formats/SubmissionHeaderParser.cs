using System.Globalization;

namespace Taxonomy.Extraction.Formats;

/// <summary>Parses the <c>KEY: value</c> lines of an EDGAR SGML header.</summary>
internal static class SubmissionHeaderParser
{
    private static readonly HashSet<string> EntityRoles = new(StringComparer.Ordinal)
    {
        "FILER", "SUBJECT COMPANY", "FILED BY", "REPORTING-OWNER", "ISSUER", "SERIAL COMPANY",
    };

    public static SubmissionHeader Parse(ReadOnlySpan<char> header)
    {
        string? accession = null, type = null;
        DateOnly? period = null, filed = null;
        var filers = new List<SubmissionFiler>();
        EntityBuilder? current = null;
        foreach (var range in header.Split('\n'))
        {
            ReadOnlySpan<char> raw = header[range].TrimEnd('\r');
            int colon = raw.IndexOf(':');
            if (colon <= 0 || raw[0] == '<') continue;
            bool indented = raw[0] is ' ' or '\t';
            string key = raw[..colon].Trim().ToString();
            string value = raw[(colon + 1)..].Trim().ToString();
            if (!indented)
            {
                if (value.Length == 0 && EntityRoles.Contains(key))
                {
                    if (current is not null) filers.Add(current.Build());
                    current = new EntityBuilder(key);
                    continue;
                }
                switch (key)
                {
                    case "ACCESSION NUMBER": accession ??= value; break;
                    case "CONFORMED SUBMISSION TYPE": type ??= value; break;
                    case "CONFORMED PERIOD OF REPORT": period ??= ParseDate(value); break;
                    case "FILED AS OF DATE": filed ??= ParseDate(value); break;
                }
                continue;
            }
            if (current is not null && value.Length > 0) current.Set(key, value);
        }
        if (current is not null) filers.Add(current.Build());
        return new SubmissionHeader(accession, type, period, filed, filers, ChoosePrimary(accession, filers));
    }

    private static SubmissionFiler? ChoosePrimary(string? accession, List<SubmissionFiler> filers)
    {
        if (filers.Count == 0) return null;
        int dash = accession?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (filers.Count > 1 && dash > 0)
        {
            string submitter = accession![..dash];
            foreach (var filer in filers)
            {
                if (string.Equals(filer.CentralIndexKey, submitter, StringComparison.Ordinal)) return filer;
            }
        }
        return filers[0];
    }

    internal static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    internal static string? ToMonthDay(string value) =>
        value.Length == 4 && value.All(char.IsAsciiDigit) ? $"--{value[..2]}-{value[2..]}" : null;

    private sealed class EntityBuilder(string role)
    {
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

        public void Set(string key, string value) => values.TryAdd(key, value);

        public SubmissionFiler Build() => new(
            role,
            Get("COMPANY CONFORMED NAME"),
            Get("CENTRAL INDEX KEY"),
            Get("IRS NUMBER"),
            Get("STATE OF INCORPORATION"),
            Get("FISCAL YEAR END") is { } fye ? ToMonthDay(fye) : null,
            Get("FORM TYPE"),
            Get("SEC FILE NUMBER"));

        private string? Get(string key) => values.GetValueOrDefault(key);
    }
}
