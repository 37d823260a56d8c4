using System.Globalization;
using System.Text;
using Taxonomy.Testing;
using Taxonomy.Testing.Samples;
using Taxonomy.Xbrl;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// Damaged filings (see <see cref="Mutations"/>) never crash the extractor: the only exception that may escape is the
/// typed <see cref="InputException"/>; otherwise the result is normal, every numeric fact an exact decimal with its
/// decimals, and the report writes as xBRL-JSON. Memory is bounded per input byte (allocations, not time, are asserted:
/// linear time is measured by <c>SyntheticInputBenchmarks</c> in tests/Taxonomy.Benchmarks).
/// </summary>
public class MutationTests
{
    private const string FoundingFiling = "filings/001_26c721c3275d4b3d.txt";

    /// <summary>Large files are mutated in their first part only, so the whole run stays short; truncation covers the rest's shape.</summary>
    private const int MaxMutatedBytes = 64 * 1024;

    /// <summary>
    /// Allocations allowed for one damaged input: a fixed allowance plus an amount per input byte. Generous on purpose: the
    /// concept solver's node budget (100,000 steps per table) bounds its work per table, and one damaged table that
    /// exhausts the budget allocates up to about 2 GB (Debug build). What this catches is allocation without a bound
    /// (a copy per line of the whole text, a runaway nesting), not tuning; the 50 MB test bounds allocation per byte tightly.
    /// </summary>
    private const long AllocatedBytesPerInputByte = 4_000;
    private const long FixedAllocation = 3L * 1024 * 1024 * 1024;

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        string? corpus = SharedFiles.TryFind("corpus");
        if (corpus is null)
        {
            files.Add(FoundingFiling); // the test is skipped (or fails under CI) by SharedTheory
            return files;
        }
        files.Add(FoundingFiling);
        foreach (string folder in new[] { "press-releases", "full-submissions" })
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(corpus, folder)).Order(StringComparer.Ordinal))
            {
                files.Add($"corpus/{folder}/{Path.GetFileName(path)}");
            }
        }
        return files;
    }

    [SharedTheory("corpus", FoundingFiling)]
    [MemberData(nameof(Files))]
    public void Every_mutation_of_a_filing_gives_a_result_or_an_input_error(string relativePath)
    {
        byte[] original = File.ReadAllBytes(SharedFiles.Require(relativePath));
        if (original.Length > MaxMutatedBytes) original = original[..MaxMutatedBytes];
        var failures = new List<string>();
        foreach (var mutation in Mutations.Of(relativePath, original))
        {
            string? failure = Check(mutation);
            if (failure is not null) failures.Add(failure);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_mutation_of_the_fictional_sample_gives_a_result_or_an_input_error()
    {
        var failures = new List<string>();
        foreach (var (name, text) in FictionalInputs())
        {
            foreach (var mutation in Mutations.Of(name, Encoding.UTF8.GetBytes(text)))
            {
                string? failure = Check(mutation with { Name = name + ": " + mutation.Name });
                if (failure is not null) failures.Add(failure);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_400_digit_number_and_1e309_in_a_table_are_not_facts_of_any_value()
    {
        var mutation = Mutations.Of("sample", Encoding.UTF8.GetBytes(SampleFiling.Default.Text)).Single(m => m.Name.StartsWith("400-digit", StringComparison.Ordinal));
        Assert.Null(Check(mutation));
        var result = FilingExtractor.Extract(mutation.Bytes);
        Assert.NotEmpty(result.Report.Facts);
        // The sample's amounts are all below 1e27; a larger fact could only come from the injected numbers, which no decimal
        // holds exactly (29 digits at most) and which must never be rounded through a double.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is { } v && Math.Abs(v) >= 1e27m);
    }

    [Fact]
    public void A_50_MB_filing_is_extracted_with_allocation_linear_in_its_size()
    {
        // Built once by repetition: the sample's cover and release prose, then many copies of its narrative paragraphs.
        string sample = SampleFiling.Default.Text;
        string prose = string.Join('\n', sample.Split('\n').Where(l => !l.Contains('\t', StringComparison.Ordinal))) + "\n";
        var builder = new StringBuilder(50 * 1024 * 1024 + sample.Length);
        builder.Append(sample);
        while (builder.Length < 50 * 1024 * 1024) builder.Append(prose);
        byte[] bytes = Encoding.UTF8.GetBytes(builder.ToString());
        builder.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = FilingExtractor.Extract(bytes, new ExtractionOptions { SourceName = "fifty-megabytes.txt" });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(result.Report.Facts);
        Assert.True(allocated <= 256L * 1024 * 1024 + 200L * bytes.Length, $"{allocated / bytes.Length} bytes allocated per input byte");
    }

    /// <summary>Fictional inputs in every format the reader knows: plain text, HTML tables, and an EDGAR-style SGML table.</summary>
    private static IEnumerable<(string Name, string Text)> FictionalInputs()
    {
        string text = SampleFiling.Default.Text;
        yield return ("sample text", text);
        var html = new StringBuilder("<html><head><title>Fictional 8-K</title></head><body>\n");
        bool inTable = false;
        foreach (string line in text.Split('\n'))
        {
            bool row = line.Contains('\t', StringComparison.Ordinal);
            if (row && !inTable) html.Append("<table>\n");
            if (!row && inTable) html.Append("</table>\n");
            inTable = row;
            html.Append(row
                ? "<tr>" + string.Concat(line.Split('\t').Select(c => "<td>" + System.Net.WebUtility.HtmlEncode(c) + "</td>")) + "</tr>\n"
                : "<p>" + System.Net.WebUtility.HtmlEncode(line) + "</p>\n");
        }
        if (inTable) html.Append("</table>\n");
        html.Append("</body></html>\n");
        yield return ("sample HTML", html.ToString());
    }

    /// <summary>Null when the mutation was handled; otherwise what went wrong.</summary>
    private static string? Check(Mutation mutation)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        ExtractionResult result;
        try
        {
            result = FilingExtractor.Extract(mutation.Bytes, new ExtractionOptions { SourceName = "mutated.txt" });
        }
        catch (InputException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{mutation.Name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated > FixedAllocation + AllocatedBytesPerInputByte * mutation.Bytes.Length)
        {
            return $"{mutation.Name}: {allocated:N0} bytes allocated for {mutation.Bytes.Length:N0} input bytes";
        }
        foreach (var fact in result.Report.Facts)
        {
            if (fact.NumericValue is { } value)
            {
                if (fact.Decimals is null) return $"{mutation.Name}: numeric fact {fact.Concept} has no decimals";
                if (!decimal.TryParse(fact.LexicalValue, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed != value)
                {
                    return $"{mutation.Name}: fact {fact.Concept} = {fact.LexicalValue} is not an exact decimal";
                }
            }
            else if (fact.TextValue is null)
            {
                return $"{mutation.Name}: fact {fact.Concept} has no value";
            }
        }
        try
        {
            XbrlJson.ToJson(result.Report);
        }
        catch (Exception e)
        {
            return $"{mutation.Name}: the report does not write as xBRL-JSON: {e.GetType().Name}: {e.Message}";
        }
        return null;
    }
}
