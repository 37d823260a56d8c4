using System.Text;
using BenchmarkDotNet.Attributes;
using Taxonomy.Statements;
using Taxonomy.Validation;
using Taxonomy.Xbrl;

namespace Taxonomy.Benchmarks;

/// <summary>Writing and reading xBRL-JSON for a 10,000-fact report (allocations per fact = Allocated / 10,000).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class XbrlJsonBenchmarks
{
    public const int Facts = 10_000;

    private Report _report = null!;
    private string _json = string.Empty;
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _report = new SyntheticReport(Facts).Report;
        _json = XbrlJson.ToJson(_report);
        _utf8 = Encoding.UTF8.GetBytes(_json);
        if (XbrlJson.Parse(_json).Facts.Count != Facts) throw new InvalidOperationException("The report did not read back whole.");
    }

    [Benchmark]
    public string WriteToString() => XbrlJson.ToJson(_report);

    [Benchmark]
    public long WriteToStream()
    {
        using var stream = new MemoryStream(_utf8.Length);
        XbrlJson.Write(_report, stream);
        return stream.Length;
    }

    [Benchmark]
    public Report ReadFromString() => XbrlJson.Parse(_json);

    [Benchmark]
    public Report ReadFromStream() => XbrlJson.Read(new MemoryStream(_utf8, writable: false));
}

/// <summary>Calculations 1.1 and the other statement rules over a 2,000-fact report read into typed statements.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    public const int Facts = 2_000;

    private IReadOnlyList<IStatement> _statements = [];
    private Report _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var synthetic = new SyntheticReport(Facts);
        _statements = synthetic.Statements;
        _report = synthetic.Report;
    }

    /// <summary>Each statement's generated validator and the checks across statements (the same concept in two statements, cross-statement identities).</summary>
    [Benchmark]
    public int ValidateStatements() => ReportValidator.Validate(_statements).Count;

    /// <summary>Each statement's generated validator alone (Calculations 1.1 summations, identities, signs, required items).</summary>
    [Benchmark]
    public int ValidateEachStatement()
    {
        int findings = 0;
        foreach (var statement in _statements) findings += statement.Validate().Count;
        return findings;
    }

    /// <summary>The report-level checks: decimals, prefixes, duplicate facts (Calculations 1.1 intervals).</summary>
    [Benchmark]
    public int ValidateReportFacts() => ReportValidator.Validate(_report).Count;
}
