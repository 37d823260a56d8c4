namespace Taxonomy.Extraction.Segmentation;

/// <summary>One cell of a line split at tabs or wide gaps: its raw text, where it starts, and its text without markup.</summary>
internal sealed record Cell(string Raw, int Offset)
{
    /// <summary>The text with markup debris removed and trimmed.</summary>
    public string Clean { get; } = Markup.Strip(Raw).Trim();

    /// <summary>True when the cell held markup debris (such as <c>&lt;u&gt; &lt;/u&gt;</c>) and nothing else readable.</summary>
    public bool IsDebris => (Clean.Length == 0 && Markup.HasMarkup(Raw)) || Clean is "." or "," or "_" or "__";

    /// <summary>True when the cell holds letters.</summary>
    public bool HasLetters
    {
        get
        {
            foreach (char c in Clean)
            {
                if (char.IsLetter(c)) return true;
            }
            return false;
        }
    }
}
