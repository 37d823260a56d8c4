using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// The kind of amount a row label or a caption names: per-share amounts ("Net income per share"), share counts
/// ("Weighted average shares outstanding", "Shares used in computing earnings per share"), or neither (money).
/// </summary>
internal static class AmountKind
{
    private static readonly string[] PerShare = [" per share ", " per common share ", " per diluted share ", " per basic share ", " eps "];

    private static readonly string[] Ratio = [" ratio ", " ratios ", " percent ", " percentage ", " percentages ", " as a percent of ", " as a percentage of "];

    /// <summary>
    /// True when a row label names a ratio or a percentage ("Combined ratio", "Loss ratio", "Expense ratio (percent)"):
    /// its numbers are no amounts of money, shares or money per share, whether or not each cell prints a percent sign.
    /// </summary>
    /// <remarks>
    /// A rate printed with its figure ("4.25% Senior notes due 2031", "5 percent debentures") is an instrument's coupon,
    /// not a ratio the row states: such a row keeps its amounts.
    /// </remarks>
    public static bool NamesRatio(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && !AfterFigure(text, i)) return true;
        }
        string t = " " + LabelNormalizer.Normalize(text) + " ";
        foreach (string ratio in Ratio)
        {
            for (int at = t.IndexOf(ratio, StringComparison.Ordinal); at >= 0; at = t.IndexOf(ratio, at + 1, StringComparison.Ordinal))
            {
                if (!(ratio is " percent " && AfterFigure(t, at + 1))) return true;
            }
        }
        return false;
    }

    /// <summary>Whether the figure right before position <paramref name="at"/> (spaces between allowed) ends in a digit.</summary>
    private static bool AfterFigure(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && char.IsAsciiDigit(text[i]);
    }

    /// <summary>
    /// <see cref="ConceptDataType.PerShare"/>, <see cref="ConceptDataType.Shares"/>, or null when the text names neither.
    /// </summary>
    /// <remarks>
    /// Share counts are weighted averages, numbers of shares or shares outstanding; a cash-flow line or a stock line
    /// naming shares ("common stock issued, including treasury shares", "common stock, 1,000 shares authorized") reports money.
    /// </remarks>
    public static ConceptDataType? Named(string text, StatementKind kind)
    {
        string t = " " + LabelNormalizer.Normalize(text) + " ";
        if (PerShare.Any(p => t.Contains(p, StringComparison.Ordinal)))
        {
            // "Shares used in computing earnings per share" counts shares.
            return t.Contains(" shares used ", StringComparison.Ordinal) || t.Contains(" number of shares ", StringComparison.Ordinal)
                || t.Contains(" weighted average ", StringComparison.Ordinal) ? ConceptDataType.Shares : ConceptDataType.PerShare;
        }
        // A stock line that states its own number of shares ("Series A: 1,150,000 shares designated, issued and outstanding")
        // prints the stock's amount beside it: the count is in the label.
        if (StatesShareCount(t)) return null;
        bool counts = t.Contains(" weighted ", StringComparison.Ordinal) || t.Contains(" average ", StringComparison.Ordinal)
            || t.Contains(" number of ", StringComparison.Ordinal) || t.Contains(" shares used ", StringComparison.Ordinal)
            || (t.Contains(" outstanding ", StringComparison.Ordinal) && !t.Contains(" stock ", StringComparison.Ordinal));
        return kind != StatementKind.CashFlow && t.Contains(" shares ", StringComparison.Ordinal) && counts && !t.Contains(" equity ", StringComparison.Ordinal)
            ? ConceptDataType.Shares : null;
    }

    /// <summary>True when a number is printed right before the word "shares" in the normalised text.</summary>
    private static bool StatesShareCount(string normalized)
    {
        for (int at = normalized.IndexOf(" shares ", StringComparison.Ordinal); at > 0; at = normalized.IndexOf(" shares ", at + 1, StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(normalized[at - 1])) return true;
        }
        return false;
    }
}
