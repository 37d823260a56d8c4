using System;
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
    /// regenerates only that schema's output.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TaxonomyGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var schemas = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .Select(static (file, cancellationToken) => SchemaParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            context.RegisterSourceOutput(schemas, static (output, result) => Emit(output, result));
        }

        private static void Emit(SourceProductionContext output, SchemaParseResult result)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (result.Model is not { } model) return;
            string source;
            try
            {
                source = StatementEmitter.Emit(model);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.GetType().Name + ": " + ex.Message));
                return;
            }
            try
            {
                output.AddSource(StatementEmitter.HintName(model), SourceText.From(source, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // Another schema already produced this hint name (the same namespace and title).
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateStatement, Location.None, model.FullName));
            }
        }
    }

    /// <summary>Names of the tracked pipeline steps, for incremental-caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Parsing one schema file into its model and diagnostics.</summary>
        public const string Parse = nameof(Parse);
    }
}
