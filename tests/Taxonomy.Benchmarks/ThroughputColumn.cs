using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Taxonomy.Benchmarks;

/// <summary>Adds the input size and the throughput (input megabytes per second of the median time) to a corpus benchmark.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new InputSizeColumn(), new ThroughputColumn());
        // Document parameters are corpus paths: print them whole.
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(120);
    }
}

/// <summary>Bytes one operation reads: the document, or every document of the format.</summary>
internal static class InputSize
{
    public static long Of(BenchmarkCase benchmark)
    {
        foreach (var parameter in benchmark.Parameters.Items)
        {
            if (parameter.Name == nameof(CorpusDocumentBenchmarks.Document) && parameter.Value is string document)
            {
                return CorpusDocuments.Bytes(document).LongLength;
            }
            if (parameter.Name == nameof(CorpusThroughputBenchmarks.Format) && parameter.Value is string format)
            {
                return CorpusDocuments.All.Where(d => CorpusDocuments.FormatOf(d) == format).Sum(d => CorpusDocuments.Bytes(d).LongLength);
            }
        }
        return 0;
    }
}

internal sealed class InputSizeColumn : IColumn
{
    public string Id => nameof(InputSizeColumn);
    public string ColumnName => "Input KB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Bytes read by one operation, in KB (1,024 bytes)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        (InputSize.Of(benchmarkCase) / 1024.0).ToString("N0", CultureInfo.InvariantCulture);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) per second at the median time";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Median <= 0) return "-";
        double seconds = statistics.Median / 1e9;
        return (InputSize.Of(benchmarkCase) / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}
