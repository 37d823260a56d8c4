using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using Taxonomy.Generators.Diagnostics;
using Taxonomy.Generators.Model;

namespace Taxonomy.Generators.Parsing
{
    /// <summary>
    /// Turns one schema file into a <see cref="SchemaParseResult"/>. Never throws except for cancellation:
    /// invalid JSON, schema errors and its own failures all become diagnostics located in the file.
    /// </summary>
    internal static class SchemaParser
    {
        public static SchemaParseResult Parse(string path, string? text, CancellationToken cancellationToken)
        {
            var diagnostics = new DiagnosticBag(path);
            SchemaText? schemaText = null;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (text is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.InternalError, new LocationInfo(path, 0, 0, 0, 0, 0, 0), "the file could not be read");
                    return diagnostics.Result(null);
                }
                schemaText = new SchemaText(path, text);
                JsonNode root;
                var duplicates = new List<JsonProperty>();
                try
                {
                    root = JsonTreeReader.Read(schemaText, duplicates);
                }
                catch (JsonException ex)
                {
                    int offset = schemaText.CharOffset(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
                    diagnostics.Add(DiagnosticDescriptors.InvalidJson, schemaText.Location(offset, offset < schemaText.Text.Length ? 1 : 0), FirstSentence(ex.Message));
                    return diagnostics.Result(null);
                }
                foreach (var duplicate in duplicates)
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateJsonProperty, schemaText.Location(duplicate.NameStart, duplicate.NameLength), duplicate.Name);
                }
                cancellationToken.ThrowIfCancellationRequested();
                var model = new StatementReader(schemaText, diagnostics).Read(root);
                return diagnostics.Result(diagnostics.HasErrors ? null : model);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                diagnostics.Add(DiagnosticDescriptors.InternalError, schemaText?.Location(0, 0) ?? new LocationInfo(path, 0, 0, 0, 0, 0, 0), ex.GetType().Name + ": " + ex.Message);
                return diagnostics.Result(null);
            }
        }

        private static string FirstSentence(string message)
        {
            int index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (index > 0 ? message.Substring(0, index) : message).Trim();
        }
    }

    internal sealed class DiagnosticBag
    {
        private readonly List<DiagnosticInfo> _items = new List<DiagnosticInfo>();
        private readonly string _path;

        public DiagnosticBag(string path) => _path = path;

        public bool HasErrors { get; private set; }

        public void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        {
            _items.Add(new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray()));
            if (descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) HasErrors = true;
        }

        public SchemaParseResult Result(StatementModel? model) => new SchemaParseResult(_path, model, _items.ToEquatableArray());
    }
}
