namespace Taxonomy.Cli;

/// <summary>The process exit codes of <c>taxonomy</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything extracted and no validation error.</summary>
    public const int Success = 0;

    /// <summary>Extraction finished but validation found errors (they are listed).</summary>
    public const int ValidationErrors = 1;

    /// <summary>Bad usage or an input that cannot be read.</summary>
    public const int UsageOrInput = 2;

    /// <summary>A bug: an unexpected exception.</summary>
    public const int InternalError = 3;
}
