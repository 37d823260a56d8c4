namespace Taxonomy.Extraction.Tables;

/// <summary>How sure a number read from a cell is.</summary>
internal enum NumberQuality
{
    /// <summary>Read without doubt.</summary>
    Clean,
    /// <summary>Digit groups separated by a space (<c>12 345</c>): a damaged thousands separator, to be confirmed.</summary>
    SpaceSeparated,
    /// <summary>A point followed by exactly three digits (<c>12.345</c>): a decimal or a damaged thousands separator, decided from the table.</summary>
    AmbiguousPoint,
}

/// <summary>
/// A number read from text. <see cref="Value"/> is the literal reading; for <see cref="NumberQuality.AmbiguousPoint"/>
/// <see cref="SeparatorReading"/> is the reading with the point taken as a thousands separator.
/// </summary>
internal sealed record NumberReading(decimal Value, int FractionDigits, NumberQuality Quality, decimal? SeparatorReading, int Offset, int Length, string Text)
{
    /// <summary>True when the number needs confirmation before it can become a fact.</summary>
    public bool IsSuspect => Quality != NumberQuality.Clean;
}
