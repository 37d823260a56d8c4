using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Taxonomy.Generators.Diagnostics;
using Taxonomy.Generators.Emit;
using Taxonomy.Generators.Model;
using Taxonomy.Generators.Parsing;

namespace Taxonomy.Generators
{
    /// <summary>
    /// Generates a typed statement, its concepts, validator, JSON converter and registration from each
    /// <c>*.schema.json</c> additional file. Each file is parsed and emitted on its own, so editing one schema
    /// regenerates only that schema's output; only the generated type names are gathered across files.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TaxonomyGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var schemas = context.AdditionalTextsProvider
                .Where(static file => IsStatementSchema(file.Path))
                .Select(static (file, cancellationToken) => SchemaParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            var statementKeys = schemas
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => new StatementKey(result.Model!.FullName, result.FilePath))
                .WithTrackingName(TrackingNames.StatementKey)
                .Collect()
                .Select(static (keys, _) => keys.OrderBy(k => k.FilePath, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.StatementKeys);

            context.RegisterSourceOutput(schemas.Combine(statementKeys), static (output, input) => Emit(output, input.Left, input.Right));
        }

        /// <summary><c>*.schema.json</c> files describe statements; <c>*.meta.schema.json</c> files describe schemas and are skipped.</summary>
        internal static bool IsStatementSchema(string path) =>
            path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)
            && !path.EndsWith(".meta.schema.json", StringComparison.OrdinalIgnoreCase);

        private static void Emit(SourceProductionContext output, SchemaParseResult result, EquatableArray<StatementKey> keys)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Model is not { } model) return;

            // The first file (in ordinal path order) generating a type keeps it; the others are reported.
            var owner = keys.First(k => k.FullName == model.FullName);
            if (owner.FilePath != result.FilePath)
            {
                var location = new LocationInfo(result.FilePath, 0, 0, 0, 0, 0, 0).ToLocation();
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateStatement, location, model.FullName));
                return;
            }

            try
            {
                output.AddSource(StatementEmitter.HintName(model), SourceText.From(StatementEmitter.Emit(model), System.Text.Encoding.UTF8));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var location = new LocationInfo(result.FilePath, 0, 0, 0, 0, 0, 0).ToLocation();
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, location, ex.GetType().Name + ": " + ex.Message));
            }
        }
    }

    /// <summary>Names of the tracked pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Parsing one schema file into its model and diagnostics.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>The type name one schema generates.</summary>
        public const string StatementKey = nameof(StatementKey);

        /// <summary>The type names of all schemas, ordered by file path.</summary>
        public const string StatementKeys = nameof(StatementKeys);
    }
}
