namespace Taxonomy.Cli.Tests;

/// <summary>What one in-process run of the command line produced.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>taxonomy</c> with <paramref name="args"/> in-process.</summary>
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApplication.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>taxonomy</c> with a stand-in extractor (the real one reads files; this one returns known results).</summary>
    internal static CliRun With(Commands.FileExtractor extract, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApplication.Run(args, stdout, stderr, extract);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines written to stderr.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A temporary folder removed after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "taxonomy-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public string Write(string name, byte[] bytes)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
