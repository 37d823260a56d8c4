namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>What a finished process returned and printed (standard output and error, interleaved as they arrived).</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output)
{
    /// <summary>A description for failure messages: the command, where it ran, its exit code and everything it printed.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode}. Output:\n{Output}";

    /// <summary>This result, or an exception describing it when the process failed.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0) throw new InvalidOperationException(Describe());
        return this;
    }
}
