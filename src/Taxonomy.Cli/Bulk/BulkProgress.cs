using System.Diagnostics;
using System.Globalization;

namespace Taxonomy.Cli.Bulk;

/// <summary>
/// Progress of a bulk extraction on stderr: on a terminal, one line rewritten in place (count, files/s, ETA);
/// redirected, one plain line per finished input. Safe to call from several workers.
/// </summary>
internal sealed class BulkProgress(TextWriter stderr, bool terminal, int total)
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private int _lastWidth;

    public void Finished(BulkRecord record)
    {
        lock (_lock)
        {
            _done++;
            if (terminal) Rewrite(StatusLine());
            else stderr.WriteLine(Describe(record));
        }
    }

    public void Complete()
    {
        lock (_lock)
        {
            if (terminal && _done > 0) stderr.WriteLine();
        }
    }

    private string Describe(BulkRecord r)
    {
        string count = string.Create(CultureInfo.InvariantCulture, $"[{_done}/{total}] {r.Path}: ");
        return r.Failed
            ? count + "error: " + r.Reason
            : count + string.Create(CultureInfo.InvariantCulture, $"ok, {r.Facts} facts, {r.Errors} errors, {r.Warnings} warnings, {r.Milliseconds} ms");
    }

    private string StatusLine()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        double rate = _done / seconds;
        var eta = TimeSpan.FromSeconds(Math.Ceiling((total - _done) / Math.Max(rate, 0.001)));
        return string.Create(CultureInfo.InvariantCulture, $"{_done}/{total} files  {rate:0.0} files/s  ETA {(int)eta.TotalHours:00}:{eta.Minutes:00}:{eta.Seconds:00}");
    }

    private void Rewrite(string line)
    {
        stderr.Write('\r' + line.PadRight(_lastWidth));
        _lastWidth = line.Length;
        stderr.Flush();
    }
}
