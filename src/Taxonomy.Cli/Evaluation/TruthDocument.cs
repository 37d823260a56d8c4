using Taxonomy.Extraction.Evaluation;

namespace Taxonomy.Cli.Evaluation;

/// <summary>One document a truth file covers: its path as the truth file names it, where it is, and the truth.</summary>
/// <param name="Document">The path relative to the shared folder, as written in the truth file (the name shown).</param>
/// <param name="FullPath">Where the document is read from.</param>
/// <param name="TruthName">The truth file's name (no folder).</param>
/// <param name="Truth">The facts a correct extraction reports.</param>
internal sealed record TruthDocument(string Document, string FullPath, string TruthName, TruthFile Truth);
