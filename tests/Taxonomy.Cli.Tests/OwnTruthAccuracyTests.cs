using Taxonomy.Cli.Evaluation;
using Taxonomy.Extraction.Evaluation;
using Taxonomy.Testing;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// Scores the corpus documents that came without ground truth against the project's own truth files
/// (<c>tests/Taxonomy.Cli.Tests/Truth</c>, transcribed by hand from each document's own tables, every total footed).
/// Same rules as <see cref="CorpusAccuracyTests"/>: fails when a number is wrong beyond <see cref="KnownWrong"/>, or when
/// a document's recall falls under its bar.
/// </summary>
public sealed class OwnTruthAccuracyTests
{
    /// <summary>
    /// Recall (found / truth facts, percent) each document reached when the bar was set, rounded down. Raise a bar when
    /// extraction improves; a document missing here must reach 100%.
    /// </summary>
    private static readonly Dictionary<string, int> RecallBars = new(StringComparer.Ordinal)
    {
        ["corpus/full-submissions/amazon_1998-08-12_0000891020-98-001352.txt"] = 99,
        ["corpus/press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm"] = 100,
    };

    /// <summary>
    /// Documents that report wrong numbers today, and why. Each entry is a known extraction bug, not an accepted result;
    /// remove it when fixed. None today.
    /// </summary>
    private static readonly Dictionary<string, KnownProblem> KnownWrong = new(StringComparer.Ordinal);

    private static readonly AccuracyGate Gate = new(RecallBars, KnownWrong);

    [SharedFact("corpus/press-releases", "corpus/full-submissions")]
    public void Every_own_truth_document_scores_no_wrong_number_and_keeps_its_recall() => Gate.Check(LoadTruth());

    [SharedFact("corpus/press-releases", "corpus/full-submissions")]
    public void Every_known_problem_and_bar_names_an_own_truth_document() => Gate.CheckNames(LoadTruth());

    [Fact]
    public void Every_own_truth_file_names_one_document_and_only_facts_with_a_period_unit_and_statement()
    {
        var problems = new List<string>();
        var files = Directory.GetFiles(TruthFolder(), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            var truth = TruthFile.Load(file);
            string name = Path.GetFileName(file);
            if (truth.Documents.Count != 1) problems.Add($"{name}: names {truth.Documents.Count} documents");
            if (truth.Facts.Count == 0) problems.Add($"{name}: no facts");
            foreach (var f in truth.Facts)
            {
                if (f.Unit is not ("USD" or "USD/shares" or "shares")) problems.Add($"{name}: {f.Concept} {f.Period}: unit '{f.Unit}'");
                if (f.Statement is not ("balance" or "income" or "cashflow" or "narrative" or "other")) problems.Add($"{name}: {f.Concept} {f.Period}: statement '{f.Statement}'");
                if (f.Decimals is null) problems.Add($"{name}: {f.Concept} {f.Period}: no decimals");
            }
            var twice = truth.Facts.Where(f => f.Concept is not null)
                .GroupBy(f => (f.Concept, f.Period, f.Unit)).Where(g => g.Select(f => f.Value).Distinct().Count() > 1);
            foreach (var g in twice) problems.Add($"{name}: {g.Key.Concept} {g.Key.Period} has two values");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string TruthFolder() => Path.Combine(RepositoryRoot.Require(), "tests", "Taxonomy.Cli.Tests", "Truth");

    private static IReadOnlyList<TruthDocument> LoadTruth() => TruthSet.Load([TruthFolder()], SharedFiles.Root);
}
