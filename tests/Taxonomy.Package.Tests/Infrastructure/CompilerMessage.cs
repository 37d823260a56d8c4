using System.Globalization;
using System.Text.RegularExpressions;

namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>One <c>file(line,col): error ID: message</c> line of MSBuild output.</summary>
public sealed partial record CompilerMessage(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>The distinct compiler messages in a build's output (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<CompilerMessage> Parse(string buildOutput) =>
        buildOutput.Split('\n')
            .Select(line => Pattern().Match(line))
            .Where(m => m.Success)
            .Select(m => new CompilerMessage(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\)\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]*\])?\s*$")]
    private static partial Regex Pattern();
}
