using Taxonomy.Extraction;
using Taxonomy.Testing;
using Taxonomy.Validation;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// How many calculation and required-item findings (warnings and errors) each shared document still gets. Each left is
/// the document's (a component it does not print, a cover page an exhibit lacks) or a known extraction gap, and says
/// why in its message. Bars only go down: lower one when a change removes findings; a rise means a check no longer fits
/// how a statement is printed, or a number went wrong.
/// </summary>
public sealed class CorpusFootingTests
{
    private static readonly Dictionary<string, int> Bars = new(StringComparer.Ordinal)
    {
        // dei:DocumentType on every bare exhibit (no cover page or submission header), and dei:EntityRegistrantName on
        // those whose release prints no stock listing to name the issuer by.
        ["corpus/press-releases/alphabet_2024Q4_release_pdftext-lines.md"] = 1,
        ["corpus/press-releases/alphabet_2025Q2_release_pdf2md-htmltables.md"] = 1,
        ["corpus/press-releases/alphabet_2025Q2_release_pdf2md-pipetables.md"] = 1,
        ["corpus/press-releases/alphabet_2025Q2_release_pdftext-lines.md"] = 1,
        ["corpus/press-releases/apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm"] = 2,
        ["corpus/press-releases/buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html"] = 1,
        ["corpus/press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm"] = 1,
        ["corpus/press-releases/oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm"] = 1,
        ["corpus/press-releases/sears_2004-07-22_0000891092-04-003383_EX-99_e18506ex_99.txt"] = 1,
        // No statement and no reported period: no document facts, so no required item is checked.
        ["corpus/press-releases/southern_2005-01-25_0000092122-05-000042_EX-99.01_x9901.txt"] = 0,
        ["corpus/press-releases/southern_2005-01-25_0000092122-05-000042_EX-99.02_x9902.txt"] = 2,
        ["filings/001_26c721c3275d4b3d.txt"] = 0,
        // Full submissions carry their cover page and submission header: no required item is missing.
        ["corpus/full-submissions/apple_2011-01-18_0001193125-11-009392.txt"] = 0,
        ["corpus/full-submissions/caterpillar_2022-04-28_0000018230-22-000107.txt"] = 0,
        ["corpus/full-submissions/oracle_2014-06-19_0001193125-14-242424.txt"] = 0,
        ["corpus/full-submissions/sears_2004-07-22_0000891092-04-003383.txt"] = 0,
        ["corpus/full-submissions/southern_2005-01-25_0000092122-05-000042.txt"] = 0,
        ["corpus/full-submissions/amazon_1998-08-12_0000891020-98-001352.txt"] = 0,
    };

    /// <summary>
    /// Calculation errors a document still gets, each explained in the comment of its bar; every other document must have
    /// none. Counts only go down; none today.
    /// </summary>
    private static readonly Dictionary<string, int> KnownErrors = new(StringComparer.Ordinal);

    public static TheoryData<string> Documents => [.. Bars.Keys.Order(StringComparer.Ordinal)];

    [SharedTheory("corpus/press-releases", "corpus/full-submissions", "filings")]
    [MemberData(nameof(Documents))]
    public void Calculation_and_required_findings_stay_under_the_bar(string document)
    {
        var result = FilingExtractor.ExtractFile(SharedFiles.Require(document));
        var left = result.Findings
            .Where(f => f.Severity != Severity.Info && (f.RuleId.StartsWith("calc11", StringComparison.Ordinal) || f.RuleId == RuleIds.RequiredMissing))
            .Select(f => $"{f.Severity} {f.RuleId} {f.Concept} {f.Period}: {f.Message}")
            .ToList();
        Assert.True(left.Count <= Bars[document], $"{document}: {left.Count} calculation/required findings, bar {Bars[document]}:\n{string.Join("\n", left)}");
        var errors = result.Findings.Where(f => f.Severity == Severity.Error && f.RuleId.StartsWith("calc11", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count <= KnownErrors.GetValueOrDefault(document), $"{document}: {errors.Count} calculation errors:\n{string.Join("\n", errors.Select(f => f.Message))}");
    }

    [SharedTheory("corpus/press-releases", "corpus/full-submissions")]
    [InlineData("corpus/press-releases")]
    [InlineData("corpus/full-submissions")]
    public void Every_corpus_document_has_a_bar(string folder)
    {
        var files = Directory.GetFiles(SharedFiles.Require(folder)).Select(f => folder + "/" + Path.GetFileName(f));
        Assert.All(files, f => Assert.True(Bars.ContainsKey(f), $"{f} has no footing bar"));
    }
}
