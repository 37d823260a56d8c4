using System.Runtime;

namespace Taxonomy.Cli;

/// <summary>
/// Multi-core JIT for the command line's start-up: the runtime records which methods a run compiled and, on the next run,
/// compiles them on another core ahead of the main thread (the same mechanism PowerShell uses for its start-up). A
/// process extracting one filing spends most of its time compiling code it runs once.
/// </summary>
/// <remarks>
/// The profile is a small file in the user's local application data folder. Where that folder cannot be written the
/// runtime runs without it; <c>TAXONOMY_NO_JIT_PROFILE=1</c> turns it off.
/// </remarks>
internal static class StartupProfile
{
    private const string OptOutVariable = "TAXONOMY_NO_JIT_PROFILE";

    public static void Start()
    {
        if (Environment.GetEnvironmentVariable(OptOutVariable) is "1" or "true") return;
        try
        {
            string root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            if (root.Length == 0) return;
            string folder = Path.Combine(root, "Taxonomy");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            // The runtime checks each recorded module's identity, so a profile left by another build is not misapplied.
            ProfileOptimization.StartProfile("cli.jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Start-up is only slower without the profile.
        }
    }
}
