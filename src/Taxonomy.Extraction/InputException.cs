namespace Taxonomy.Extraction;

/// <summary>The input cannot be read as a filing (missing, binary, not text). The message names the file and the reason.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException(string sourceName, string reason, Exception? inner = null)
        : base($"{sourceName}: {reason}", inner)
    {
        SourceName = sourceName;
        Reason = reason;
    }

    /// <summary>The input's name.</summary>
    public string SourceName { get; }

    /// <summary>Why it cannot be read.</summary>
    public string Reason { get; }
}
