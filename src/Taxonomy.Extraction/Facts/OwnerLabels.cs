using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Labels that name an owner other than the noncontrolling interests: the company's own name inserted in a line item's
/// label ("Total Acme Corp. stockholders' equity") or its share of an amount ("Net income attributable to Acme Corp.").
/// </summary>
internal static class OwnerLabels
{
    /// <summary>A label naming the share of an owner other than the noncontrolling interests ("Net income attributable to Acme Corp.").</summary>
    public static bool NamesAnOwnersShare(string label)
    {
        string l = Normalized(label);
        return l.Contains(" attributable to ", StringComparison.Ordinal) && !NamesNoncontrolling(l) && !l.StartsWith(" less ", StringComparison.Ordinal);
    }

    /// <summary>A share of the common stockholders, which a deduction of preferred dividends leaves as well as one of the noncontrolling interests.</summary>
    public static bool NamesCommonHolders(string label)
    {
        string l = Normalized(label);
        return l.Contains(" common ", StringComparison.Ordinal) || l.Contains(" stockholders ", StringComparison.Ordinal) || l.Contains(" shareholders ", StringComparison.Ordinal)
            || l.Contains(" shareowners ", StringComparison.Ordinal) || l.Contains(" preferred ", StringComparison.Ordinal) || l.Contains(" participating ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the label is one of the item's labels (of two words or more) with words inserted, the owner's name ("Total
    /// Acme Corp. stockholders' equity" for "Total stockholders' equity"), and names neither the noncontrolling interests
    /// nor an amount including them.
    /// </summary>
    public static bool NamesItemWithOwner(string label, ConceptDefinition item)
    {
        string l = Normalized(label);
        if (NamesNoncontrolling(l) || l.Contains(" including ", StringComparison.Ordinal)) return false;
        string[] words = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (string own in LabelMatcher.AllLabels(item))
        {
            string[] ownWords = own.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ownWords.Length >= 2 && ownWords.Length < words.Length && InOrder(ownWords, words)) return true;
        }
        return false;
    }

    /// <summary>A label <see cref="Normalized"/>, padded with spaces so whole words are found by " word ".</summary>
    internal static string Normalized(string text) =>
        " " + LabelNormalizer.Normalize(text).Replace("non controlling", "noncontrolling", StringComparison.Ordinal) + " ";

    /// <summary>A label naming the noncontrolling (minority) interests.</summary>
    public static bool NamesNoncontrollingInterests(string label) => NamesNoncontrolling(Normalized(label));

    private static bool NamesNoncontrolling(string normalized) =>
        normalized.Contains(" noncontrolling ", StringComparison.Ordinal) || normalized.Contains(" minority ", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="words"/> holds every word of <paramref name="own"/>, in their order, the first and last in place.</summary>
    private static bool InOrder(string[] own, string[] words)
    {
        if (own[0] != words[0] || own[^1] != words[^1]) return false;
        int next = 1;
        for (int i = 1; i < words.Length - 1 && next < own.Length - 1; i++)
        {
            if (words[i] == own[next]) next++;
        }
        return next == own.Length - 1;
    }
}
