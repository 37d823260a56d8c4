using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Taxonomy.Testing;

/// <summary>
/// Snapshot assertions that follow Verify's conventions, so that switching to Verify is a one-line change:
/// the approved text lives beside the test as <c>&lt;Class&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c>; on a mismatch
/// the actual text is written to <c>.received.&lt;ext&gt;</c> and the test fails with a line diff.
/// Set <c>TAXONOMY_ACCEPT_SNAPSHOTS=1</c> (or Verify's <c>Verify_AutoAccept</c>) to accept received output.
/// A missing verified file fails the test (and writes the received one) unless accepting.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variables that accept received output as the new verified snapshot.</summary>
    public static readonly string[] AcceptVariables = ["TAXONOMY_ACCEPT_SNAPSHOTS", "Verify_AutoAccept"];

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot of the calling test.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="extension">File extension without the dot (txt, json, cs).</param>
    /// <param name="scrubbers">Functions that replace volatile values before comparing.</param>
    /// <param name="parameter">Distinguishes several snapshots of one test (Verify's <c>UseParameters</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="method">Filled in by the compiler.</param>
    public static void Verify(
        string actual,
        string extension = "txt",
        IEnumerable<Func<string, string>>? scrubbers = null,
        string? parameter = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        string directory = Path.GetDirectoryName(sourceFile)!;
        string className = Path.GetFileNameWithoutExtension(sourceFile);
        string stem = Path.Combine(directory, parameter is null ? $"{className}.{method}" : $"{className}.{method}_{Sanitize(parameter)}");
        VerifyFile(actual, stem, extension, scrubbers);
    }

    /// <summary>Compares against <c>{stem}.verified.{extension}</c>.</summary>
    public static void VerifyFile(string actual, string stem, string extension, IEnumerable<Func<string, string>>? scrubbers = null)
    {
        string text = Normalize(actual);
        foreach (var scrub in scrubbers ?? []) text = scrub(text);
        string verifiedPath = $"{stem}.verified.{extension}";
        string receivedPath = $"{stem}.received.{extension}";
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == text)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        if (Accepting)
        {
            File.WriteAllText(verifiedPath, text, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, text, new UTF8Encoding(false));
        string message = verified is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)}. Received output written to {receivedPath}. Review it, then rename it to .verified or rerun with TAXONOMY_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs; received output written to {receivedPath}.\n{LineDiff.Describe(verified, text)}";
        throw new XunitException(message);
    }

    /// <summary>True when received output is accepted as verified.</summary>
    public static bool Accepting => AcceptVariables.Any(v => Environment.GetEnvironmentVariable(v) is "1" or "true" or "True");

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string Sanitize(string parameter) =>
        string.Concat(parameter.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
