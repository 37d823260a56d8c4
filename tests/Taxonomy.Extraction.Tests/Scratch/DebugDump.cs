using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Taxonomy.Extraction.Tests.Scratch;

public class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        string? path = Environment.GetEnvironmentVariable("TAXONOMY_DEBUG_FILE");
        if (path is null) return;
        var catalog = path == "fictional" ? Fictional.Catalog : Taxonomy.Concepts.ConceptCatalog.Default;
        var source = new SourceText(path == "fictional" ? Fictional.Release : path.StartsWith("sample:", StringComparison.Ordinal) ? Taxonomy.Testing.Samples.SampleFiling.Variant(path[7..]).Text : File.ReadAllText(path));
        if (path.StartsWith("sample:", StringComparison.Ordinal)) output.WriteLine(source.Text);
        var lines = Segmenter.Segment(source);
        var calendar = DocumentCalendar.Build(lines);
        output.WriteLine($"calendar {calendar} statements {string.Join(",", catalog.Statements.Select(s => s.Name + ":" + s.PeriodType))}");
        foreach (var a in new ProseReader(new PhraseIndex(catalog), calendar).Read(Sentence.Split(lines)))
        {
            output.WriteLine($"{a.Text} -> {a.Concept?.Concept} {a.UnknownPhrase} sign={a.Concept?.Sign} dur={a.Duration} inst={a.Instant} cmp={a.Comparative} ps={a.PerShare}");
        }

        var trace = new List<string>(); Taxonomy.Extraction.Concepts.AssignmentSolver.Trace = trace.Add;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = FilingExtractor.Extract(source.Text, new ExtractionOptions { Catalog = catalog });
        
        foreach (var t in trace.Where(t => !t.StartsWith("cost") && !t.StartsWith("rows")).TakeLast(7)) output.WriteLine(t);
        for (int i = 0; i < 3; i++) { sw.Restart(); FilingExtractor.Extract(source.Text, new ExtractionOptions { Catalog = catalog }); output.WriteLine($"again {sw.Elapsed.TotalMilliseconds} ms"); }
        sw.Restart(); for (int i = 0; i < 20; i++) FilingExtractor.Extract(source.Text, new ExtractionOptions { Catalog = catalog }); output.WriteLine($"avg {sw.Elapsed.TotalMilliseconds / 20} ms");
        output.WriteLine($"extract {sw.Elapsed.TotalMilliseconds} ms, {r.Report.Facts.Count} facts, steps {Taxonomy.Extraction.Facts.TableFactBuilder.SolverSteps}"); foreach (var f in r.Findings) output.WriteLine(f.ToString());
        foreach (var f in r.Report.Facts) output.WriteLine($"{f.Concept} {f.Period} {f.LexicalValue} {f.Decimals} [{string.Join(",", f.Provenance?.Methods ?? EquatableList<DecisionMethod>.Empty)}] {f.Provenance?.Note}");
    }
}
