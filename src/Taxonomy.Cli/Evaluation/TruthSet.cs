namespace Taxonomy.Cli.Evaluation;

/// <summary>
/// Reads truth files (given one by one or as folders of <c>*.json</c>) and lists the documents they cover, in ordinal
/// order of the document path. A truth file's documents are paths relative to the shared folder: by default the folder
/// two levels above the truth file's own folder (<c>shared/corpus/truth/x.json</c> → <c>shared/</c>).
/// </summary>
internal static class TruthSet
{
    public static IReadOnlyList<TruthDocument> Load(IEnumerable<string> inputs, string? shared)
    {
        var documents = new List<TruthDocument>();
        foreach (string file in TruthFiles(inputs))
        {
            Extraction.Evaluation.TruthFile truth;
            try
            {
                truth = Extraction.Evaluation.TruthFile.Load(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{Path.GetFileName(file)}: the truth file cannot be read ({e.Message})");
            }
            catch (FormatException e)
            {
                throw new UsageException($"{Path.GetFileName(file)}: {e.Message}");
            }
            if (truth.Documents.Count == 0) throw new UsageException($"{Path.GetFileName(file)}: the truth file names no document.");
            string root = shared ?? DefaultShared(file);
            foreach (string document in truth.Documents)
            {
                documents.Add(new TruthDocument(document, Path.GetFullPath(Path.Combine(root, document)), Path.GetFileName(file), truth));
            }
        }
        return documents.OrderBy(d => d.Document, StringComparer.Ordinal).ThenBy(d => d.TruthName, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> TruthFiles(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.GetFiles(input, "*.json").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) throw new UsageException($"{input}: no truth files (*.json) in the folder.");
                foreach (string file in files) yield return file;
            }
            else if (File.Exists(input))
            {
                yield return input;
            }
            else
            {
                throw new UsageException($"{input}: truth file not found.");
            }
        }
    }

    private static string DefaultShared(string truthFile)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(truthFile))!;
        return Path.GetFullPath(Path.Combine(folder, "..", ".."));
    }
}
