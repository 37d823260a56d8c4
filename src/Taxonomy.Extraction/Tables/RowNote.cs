namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A decision about one row of a table taken before concepts are matched: the row is not reported (<see cref="Skipped"/>:
/// a non-GAAP figure, a part of one) or is read under another label; <see cref="Message"/> says why.
/// </summary>
internal sealed record RowNote(TableRow Row, string Message, bool Skipped);
