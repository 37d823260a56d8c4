using System.Reflection;
using System.Runtime;

namespace Taxonomy.Cli;

/// <summary>
/// Multi-core JIT for the command line's start-up: the runtime records which methods a run compiled and, on the next run,
/// compiles them on another core ahead of the main thread (the same mechanism PowerShell uses for its start-up). A
/// process extracting one filing spends most of its time compiling code it runs once.
/// </summary>
/// <remarks>
/// The profile is a small file in the user's local application data folder, one per build and command: the runtime plays
/// a profile back only while its modules' identities match the loaded ones and stops at the first that does not, and
/// every run rewrites its profile, so two builds sharing one file (two versions installed, or a checkout built twice)
/// would each find only the other's, and a <c>catalog</c> run would leave the next <c>extract</c> a profile of the few
/// methods it compiled. The most recently written profiles are kept. Where the folder cannot be written the runtime
/// runs without it; <c>TAXONOMY_NO_JIT_PROFILE=1</c> turns it off.
/// </remarks>
internal static class StartupProfile
{
    private const string OptOutVariable = "TAXONOMY_NO_JIT_PROFILE";
    private const string Prefix = "cli-";
    private const string Extension = ".jitprofile";

    /// <summary>How many profiles a folder keeps (a few builds' commands).</summary>
    internal const int Kept = 12;

    private static readonly string[] Commands = ["extract", "eval", "catalog"];

    public static void Start(string[] args)
    {
        if (Environment.GetEnvironmentVariable(OptOutVariable) is "1" or "true") return;
        try
        {
            string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (root.Length == 0) return;
            string folder = Path.Combine(root, "Taxonomy");
            Directory.CreateDirectory(folder);
            string name = FileName(ThisBuild(), Environment.Version.ToString(), CommandOf(args));
            if (!File.Exists(Path.Combine(folder, name))) Prune(folder, Kept - 1);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Start-up is only slower without the profile.
        }
    }

    /// <summary>The module version ids of the command line's own assemblies: a new compilation of any of them gets a new one.</summary>
    internal static IEnumerable<Guid> ThisBuild() =>
        new[] { typeof(StartupProfile).Assembly, typeof(Extraction.FilingExtractor).Assembly, typeof(Report).Assembly }
            .Select(a => a.ManifestModule.ModuleVersionId);

    /// <summary>The command a run's arguments name, or <c>other</c> (help, version, a mistyped command).</summary>
    internal static string CommandOf(string[] args) =>
        args.Length > 0 && Array.IndexOf(Commands, args[0]) is >= 0 and var i ? Commands[i] : "other";

    /// <summary>The profile's file name for a command of a build (its modules' version ids) on a runtime version.</summary>
    internal static string FileName(IEnumerable<Guid> modules, string runtime, string command)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        ulong hash = 14695981039346656037UL;
        void Add(ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes) hash = (hash ^ b) * 1099511628211UL;
        }
        Span<byte> id = stackalloc byte[16];
        foreach (var module in modules)
        {
            module.TryWriteBytes(id);
            Add(id);
        }
        foreach (char c in runtime) Add([(byte)c, (byte)(c >> 8)]);
        return Prefix + command + "-" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + Extension;
    }

    /// <summary>
    /// Deletes the profiles of all but the <paramref name="keep"/> most recently written builds, and the single profile
    /// earlier versions shared between builds (<c>cli.jitprofile</c>). Other files are left alone.
    /// </summary>
    internal static void Prune(string folder, int keep)
    {
        var profiles = new DirectoryInfo(folder).GetFiles(Prefix + "*" + Extension)
            .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var stale = profiles.Skip(keep).Select(f => f.FullName).Append(Path.Combine(folder, "cli" + Extension));
        foreach (string file in stale)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process may be writing or removing it.
            }
        }
    }
}
