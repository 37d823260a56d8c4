using System.Globalization;
using System.Text;
using Taxonomy.Cli.Evaluation;
using Taxonomy.Extraction;
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
        ["corpus/full-submissions/amazon_1998-08-12_0000891020-98-001352.txt"] = 60,
        ["corpus/press-releases/buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html"] = 86,
        ["corpus/press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm"] = 83,
        ["corpus/press-releases/oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm"] = 84,
        ["corpus/press-releases/sears_2004-07-22_0000891092-04-003383_EX-99_e18506ex_99.txt"] = 72,
        ["corpus/press-releases/southern_2005-01-25_0000092122-05-000042_EX-99.02_x9902.txt"] = 0,
    };

    /// <summary>
    /// Documents that report wrong numbers today: at most this many wrong facts and inconsistent duplicates, and why.
    /// Each entry is a known extraction bug, not an accepted result; remove it when fixed.
    /// </summary>
    private static readonly Dictionary<string, KnownProblem> KnownWrong = new(StringComparer.Ordinal)
    {
    };

    [SharedFact("corpus/press-releases", "corpus/full-submissions")]
    public void Every_own_truth_document_scores_no_wrong_number_and_keeps_its_recall()
    {
        var evaluations = LoadTruth().Select(d => Evaluator.Evaluate(d, FilingExtractor.ExtractFile)).ToList();

        var failures = new List<string>();
        foreach (var e in evaluations)
        {
            string name = e.Document.Document;
            var known = KnownWrong.GetValueOrDefault(name) ?? new KnownProblem(0, 0, string.Empty);
            if (e.Score.Wrong > known.Wrong) failures.Add($"{name}: {e.Score.Wrong} wrong facts (known: {known.Wrong})");
            if (e.Score.InconsistentDuplicates.Count > known.InconsistentDuplicates)
            {
                failures.Add($"{name}: {e.Score.InconsistentDuplicates.Count} inconsistent duplicates (known: {known.InconsistentDuplicates})");
            }
            int bar = RecallBars.GetValueOrDefault(name, 100);
            if (e.Recall < bar) failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: recall {e.Recall}% under the bar of {bar}%"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + Report(evaluations));
    }

    [SharedFact("corpus/press-releases", "corpus/full-submissions")]
    public void Every_known_problem_and_bar_names_an_own_truth_document()
    {
        var names = LoadTruth().Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
        var unknown = RecallBars.Keys.Concat(KnownWrong.Keys).Where(n => !names.Contains(n)).ToList();
        Assert.True(unknown.Count == 0, "Not a truth document: " + string.Join(", ", unknown));
    }

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

    private static string Report(IReadOnlyList<DocumentEvaluation> evaluations)
    {
        var b = new StringBuilder(EvaluationTableFormatter.Format(evaluations, includeTime: false));
        foreach (var e in evaluations)
        {
            foreach (var r in e.Score.Results.Where(r => r.Outcome == TruthOutcome.Wrong))
            {
                b.Append(CultureInfo.InvariantCulture, $"WRONG {e.Document.Document}: {r.Truth.Concept} {r.Truth.Period} expected {r.Truth.Value}, reported {r.Reported!.Concept} {r.Reported.LexicalValue}\n");
            }
            foreach (var group in e.Score.InconsistentDuplicates)
            {
                b.Append(CultureInfo.InvariantCulture, $"DUPLICATE {e.Document.Document}: {group[0].Concept} {group[0].Period}: {string.Join(", ", group.Select(f => f.LexicalValue))}\n");
            }
        }
        return b.ToString();
    }

    private sealed record KnownProblem(int Wrong, int InconsistentDuplicates, string Reason);
}
