namespace Taxonomy.Validation;

/// <summary>How serious a validation finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,
    /// <summary>Unusual and worth a look, but may be right.</summary>
    Warning,
    /// <summary>The facts are inconsistent: at least one number is wrong.</summary>
    Error,
}
