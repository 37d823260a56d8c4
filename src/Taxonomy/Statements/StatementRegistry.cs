using Taxonomy.Concepts;

namespace Taxonomy.Statements;

/// <summary>
/// The statements generated into every loaded assembly. Generated code registers each statement from a
/// module initializer, so a consumer's own schemas join the shipped ones without any call.
/// </summary>
public static class StatementRegistry
{
    private static readonly object Gate = new();
    private static StatementDefinition[] _all = [];

    /// <summary>Every registered statement, ordered by full type name.</summary>
    public static IReadOnlyList<StatementDefinition> All => Volatile.Read(ref _all);

    /// <summary>Registers a statement; registering the same definition twice has no effect.</summary>
    public static void Register(StatementDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (Gate)
        {
            if (_all.Contains(definition)) return;
            _all = _all.Append(definition)
                .OrderBy(d => d.Namespace + "." + d.Name, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
