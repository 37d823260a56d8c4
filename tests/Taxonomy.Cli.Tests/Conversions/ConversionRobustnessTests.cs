using Taxonomy.Cli.Evaluation;
using Taxonomy.Extraction;
using Taxonomy.Extraction.Evaluation;
using Taxonomy.Testing;

namespace Taxonomy.Cli.Tests.Conversions;

/// <summary>
/// The corpus HTML exhibits that have truth, rendered as the text converters make of them (<see cref="TextRendering"/>):
/// extraction must find in each rendering every truth fact it finds in the HTML, and report no wrong number. Real filings
/// arrive in layouts we do not have; these are the layouts of the ones we have.
/// </summary>
public sealed class ConversionRobustnessTests
{
    public static TheoryData<string, TableLayout, int> Renderings
    {
        get
        {
            var data = new TheoryData<string, TableLayout, int>();
            foreach (string document in Documents)
            {
                foreach (var layout in Enum.GetValues<TableLayout>())
                {
                    data.Add(document, layout, 0);
                    // Pages breaking every 37 lines fall inside statements, between a label and its values.
                    data.Add(document, layout, 37);
                }
            }
            return data;
        }
    }

    private static readonly string[] Documents =
    [
        "corpus/press-releases/apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm",
        "corpus/press-releases/buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html",
        "corpus/press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm",
        "corpus/press-releases/oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm",
    ];

    [SharedTheory("corpus/press-releases", "corpus/truth")]
    [MemberData(nameof(Renderings))]
    public void A_text_rendering_scores_what_the_html_does_and_no_wrong_number(string document, TableLayout layout, int pageLines)
    {
        var truth = TruthOf(document);
        string html = File.ReadAllText(SharedFiles.Require(document));
        var fromHtml = TruthScorer.Score(truth, FilingExtractor.Extract(html, new ExtractionOptions { SourceName = Path.GetFileName(document) }).Report.Facts);
        string text = TextRendering.Render(html, layout, pageLines > 0 ? pageLines : null);
        string name = Path.GetFileNameWithoutExtension(document) + (layout == TableLayout.MarkdownPipes ? ".md" : ".txt");
        var fromText = TruthScorer.Score(truth, FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name }).Report.Facts);

        var lost = fromHtml.Results.Where(r => r.Outcome == TruthOutcome.Found)
            .Select(r => r.Truth).Except(fromText.Results.Where(r => r.Outcome == TruthOutcome.Found).Select(r => r.Truth)).ToList();
        Assert.True(lost.Count == 0, $"{layout}, pages of {pageLines} lines: {lost.Count} truth facts found in the HTML but not in its rendering:\n"
            + string.Join("\n", lost.Take(20).Select(t => $"{t.Concept} {t.Period} {t.Value} ({t.Label})")));
        Assert.True(fromText.Wrong == 0 && fromText.InconsistentDuplicates.Count == 0, $"{layout}, pages of {pageLines} lines: wrong numbers\n{fromText.ToTable()}");
    }

    private static TruthFile TruthOf(string document)
    {
        string root = RepositoryRoot.Require();
        var folders = new[] { Path.Combine(root, "tests", "Taxonomy.Cli.Tests", "Truth"), SharedFiles.Require("corpus/truth") };
        var match = TruthSet.Load(folders, SharedFiles.Root).Single(d => d.Document == document);
        return match.Truth;
    }
}
