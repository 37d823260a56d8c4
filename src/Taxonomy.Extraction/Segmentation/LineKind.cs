namespace Taxonomy.Extraction.Segmentation;

/// <summary>What a line of the document looks like.</summary>
internal enum LineKind
{
    /// <summary>Nothing but whitespace.</summary>
    Blank,
    /// <summary>Running text (a sentence or more).</summary>
    Prose,
    /// <summary>A short line: a title, a header, a page number.</summary>
    Heading,
    /// <summary>Several cells separated by tabs or wide gaps.</summary>
    Tabular,
}
