namespace Taxonomy.Extraction.Concepts;

/// <summary>Which share counts a per-share amount or a share count is of, as its words say: basic, diluted, or both.</summary>
[Flags]
internal enum Dilutions
{
    None = 0,
    Basic = 1,
    Diluted = 2,
}

/// <summary>Reads <see cref="Dilutions"/> from the words of a normalised label or caption.</summary>
internal static class DilutionWords
{
    /// <summary>The dilutions <paramref name="words"/> name ("basic", "diluted", both).</summary>
    public static Dilutions Of(IEnumerable<string> words)
    {
        var found = Dilutions.None;
        foreach (string w in words)
        {
            if (w == "basic") found |= Dilutions.Basic;
            else if (w == "diluted") found |= Dilutions.Diluted;
        }
        return found;
    }

    /// <summary>The dilutions a normalised label names.</summary>
    public static Dilutions Of(string normalized) => Of(normalized.Split(' '));
}
