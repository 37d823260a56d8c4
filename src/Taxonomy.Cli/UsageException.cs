namespace Taxonomy.Cli;

/// <summary>The command line asks for something that cannot be done; exit code 2 with a one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
