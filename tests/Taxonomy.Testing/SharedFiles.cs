using Xunit;
using Xunit.Sdk;

namespace Taxonomy.Testing;

/// <summary>
/// Locates the real filings that live outside the repository (<c>../shared</c> beside the checkout,
/// or wherever <c>TAXONOMY_SHARED</c> points). Real filings are never copied into the repository.
/// When they are missing, a test fails under CI (<c>CI=true</c>) and is skipped elsewhere.
/// </summary>
public static class SharedFiles
{
    /// <summary>The environment variable that overrides the location of <c>shared/</c>.</summary>
    public const string Variable = "TAXONOMY_SHARED";

    /// <summary>The shared folder, or <see langword="null"/> when it cannot be found.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>
    /// The full path of a file under <c>shared/</c> (e.g. <c>filings/001_26c721c3275d4b3d.txt</c>).
    /// Fails with a clear message when it is missing; use <see cref="SharedFactAttribute"/> so that the
    /// test is skipped instead outside CI.
    /// </summary>
    public static string Require(string relativePath) =>
        TryFind(relativePath) ?? throw new XunitException(MissingMessage(relativePath));

    /// <summary>The full path, or <see langword="null"/> when missing.</summary>
    public static string? TryFind(string relativePath)
    {
        string? path = Root is null ? null : Path.Combine(Root, relativePath);
        return path is not null && (File.Exists(path) || Directory.Exists(path)) ? path : null;
    }

    internal static string MissingMessage(string relativePath) =>
        $"Shared file '{relativePath}' not found (looked in {Root ?? "../shared beside the repository"}; set {Variable} to the shared folder).";

    /// <summary>True when running under CI (<c>CI=true</c>).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        string? repo = RepositoryRoot.Find();
        if (repo is null) return null;
        string candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>Finds the repository root (the folder holding <c>Taxonomy.sln</c>).</summary>
public static class RepositoryRoot
{
    /// <summary>The root, searched upwards from the test assembly's folder.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Taxonomy.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The root, or an exception explaining it was not found.</summary>
    public static string Require() => Find() ?? throw new InvalidOperationException("Taxonomy.sln not found above " + AppContext.BaseDirectory);
}

/// <summary>
/// A fact that needs files from <c>shared/</c>: skipped with a clear message when they are missing,
/// except under CI (<c>CI=true</c>), where the test runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Requires the given paths under <c>shared/</c>.</summary>
    public SharedFactAttribute(params string[] relativePaths)
    {
        if (SharedFiles.IsCi) return;
        string? missing = relativePaths.FirstOrDefault(p => SharedFiles.TryFind(p) is null);
        if (missing is not null) Skip = SharedFiles.MissingMessage(missing);
    }
}

/// <summary>The theory form of <see cref="SharedFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Requires the given paths under <c>shared/</c>.</summary>
    public SharedTheoryAttribute(params string[] relativePaths)
    {
        if (SharedFiles.IsCi) return;
        string? missing = relativePaths.FirstOrDefault(p => SharedFiles.TryFind(p) is null);
        if (missing is not null) Skip = SharedFiles.MissingMessage(missing);
    }
}
