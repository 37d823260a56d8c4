namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// An amount of a line item prose states that the reader leaves unread, and why ("its words name another period than
/// the one it would default to, and the document does not date it"). <see cref="Concept"/> is null when the amount's
/// line item is not decided (a comparative after two line items).
/// </summary>
internal sealed record ProseSkip(ProseConcept? Concept, decimal Value, Decimals Decimals, int Offset, int Length, string Text, string Reason);
