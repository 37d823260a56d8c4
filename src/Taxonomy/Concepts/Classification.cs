namespace Taxonomy.Concepts;

/// <summary>
/// The line item a line is reported as where a printed total places it: "Other assets" printed below the
/// current-assets total is other noncurrent assets (a condensed statement keeps the unclassified other assets);
/// "Interest expense" among the lines that foot to a printed other-income total is nonoperating interest expense.
/// From the schema keyword <c>x-classifiedAs</c>.
/// </summary>
/// <param name="PropertyName">The property name of the counterpart in the same statement.</param>
/// <param name="Total">The property name of the total whose printed row places the line.</param>
/// <param name="Position">Where the line is printed relative to that total.</param>
/// <param name="Reason">Why the counterpart applies there, as the schema states it; null when it states none.</param>
public sealed record Classification(string PropertyName, string Total, ClassifyingPosition Position, string? Reason = null);

/// <summary>Where a line is printed relative to the total named by its <see cref="Classification"/>.</summary>
public enum ClassifyingPosition
{
    /// <summary>Anywhere below a row reporting the total with an amount (<c>below</c>).</summary>
    Below,

    /// <summary>Among the rows of the section the total's row closes, which foot to it as printed (<c>under</c>).</summary>
    Under,
}
