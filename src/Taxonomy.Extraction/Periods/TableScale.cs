using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The multipliers a table's printed numbers carry: "(in thousands, except per share amounts)" means monetary
/// amounts and share counts ×1,000, per-share amounts as printed.
/// </summary>
internal sealed partial record TableScale(int MonetaryPower, int SharesPower, int PerSharePower, string? Phrase)
{
    [GeneratedRegex(
        @"except\s+(?:for\s+)?(?:number\s+of\s+)?shares?|except\s+share\s+and\s+per[\s-]share|shares\s+in\s+(?:thousands|millions)",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SharesExcepted { get; }

    [GeneratedRegex(
        @"shares?\s+(?:amounts?\s+|counts?\s+|data\s+|outstanding\s*,?\s+)?(?:which\s+are\s+|are\s+)?(?:reflected\s+|stated\s+|presented\s+|expressed\s+|shown\s+)?in\s+(thousands|millions)",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SharesScaled { get; }

    /// <summary>True when the heading says how share counts are printed ("except share amounts", "shares in thousands"), false when they only follow the amounts' scale by default.</summary>
    public bool SharesStated { get; init; }

    /// <summary>Numbers as printed.</summary>
    public static TableScale Units { get; } = new(0, 0, 0, null);

    /// <summary>The scale stated in <paramref name="text"/>, or null when it states none.</summary>
    public static TableScale? Find(string text)
    {
        // "except share amounts which are reflected in thousands": share counts carry a scale of their own.
        // Each shares pattern runs only where its keywords occur: every match names "share" (or "except").
        var shares = Patterns.MayContain(text, "share") ? SharesScaled.Match(text) : Match.Empty;
        string amounts = shares.Success ? text.Remove(shares.Index, shares.Length) : text;
        if (ScalePhrase.Find(amounts) is not { } power) return null;
        bool excepted = Patterns.MayContainAny(text, "except", "share") && SharesExcepted.IsMatch(text);
        int sharesPower = shares.Success ? ScalePhrase.Find(shares.Value) ?? power : excepted ? 0 : power;
        return new TableScale(power, sharesPower, 0, text.Trim()) { SharesStated = shares.Success || excepted };
    }
}
