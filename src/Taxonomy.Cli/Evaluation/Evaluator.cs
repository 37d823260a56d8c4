using System.Diagnostics;
using Taxonomy.Cli.Commands;
using Taxonomy.Extraction;
using Taxonomy.Extraction.Evaluation;

namespace Taxonomy.Cli.Evaluation;

/// <summary>Extracts a truth document and scores the facts against its truth.</summary>
internal static class Evaluator
{
    /// <exception cref="InputException">The document cannot be read.</exception>
    public static DocumentEvaluation Evaluate(TruthDocument document, FileExtractor extract)
    {
        if (!File.Exists(document.FullPath)) throw new InputException(document.Document, "document not found (named by " + document.TruthName + ")");
        var clock = Stopwatch.StartNew();
        var result = extract(document.FullPath, new ExtractionOptions { SourceName = Path.GetFileName(document.Document) });
        clock.Stop();
        return new DocumentEvaluation(document, TruthScorer.Score(document.Truth, result.Report.Facts), clock.ElapsedMilliseconds);
    }
}
