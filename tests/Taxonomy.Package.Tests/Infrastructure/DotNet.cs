using System.Diagnostics;
using System.Text;

namespace Taxonomy.Package.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI (or an installed tool) as a child process with a clean, reproducible environment.</summary>
public static class DotNet
{
    /// <summary>Builds and restores on a busy 2-core CI machine can be slow; a hang still ends with the output.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet host running these tests (so children use the same SDK), or the one on PATH.</summary>
    public static string HostPath { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        RunProgram(HostPath, workingDirectory, arguments, environment, timeout);

    /// <summary>Runs any program with the same environment rules as <see cref="Run"/>.</summary>
    public static ProcessResult RunProgram(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Prepare(start.Environment, environment);

        string commandLine = program + " " + string.Join(' ', start.ArgumentList);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {limit}. Output so far:\n{Snapshot(output)}");
        }
        process.WaitForExit(); // drains the asynchronous output readers
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output));
    }

    private static void Prepare(IDictionary<string, string?> env, IReadOnlyDictionary<string, string>? extra)
    {
        // The test host may run inside MSBuild (dotnet test): its MSBuild variables must not steer the child build.
        foreach (var name in env.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            env.Remove(name);
        }
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_CLI_UI_LANGUAGE"] = "en";
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["MSBUILDTERMINALLOGGER"] = "off";
        if (extra is null) return;
        foreach (var (name, value) in extra) env[name] = value;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.Append(line).Append('\n');
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
