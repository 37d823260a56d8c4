using System.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>Accumulates text with HTML whitespace rules: runs of white space (no-break spaces included) become one space, none at the ends.</summary>
internal sealed class CollapsingText
{
    private readonly StringBuilder builder = new();
    private bool pendingSpace;

    public bool IsEmpty => builder.Length == 0;

    public void Append(string value) => Append(value.AsSpan());

    public void Append(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c is '\u200B' or '\u00AD' or '\uFEFF') continue; // zero-width space, soft hyphen, BOM
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
    }

    /// <summary>Marks a word boundary (a block or line break inside a cell).</summary>
    public void Space() => pendingSpace = builder.Length > 0;

    /// <summary>Appends the text to <paramref name="target"/> and starts over.</summary>
    public void MoveTo(StringBuilder target)
    {
        target.Append(builder);
        builder.Clear();
        pendingSpace = false;
    }

    public string Take()
    {
        string value = builder.ToString();
        builder.Clear();
        pendingSpace = false;
        return value;
    }
}
