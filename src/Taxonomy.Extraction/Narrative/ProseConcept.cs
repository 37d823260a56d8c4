using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// A concept a prose phrase names, with the sign the phrase gives its amounts ("cash used in operations" of
/// $2.6 million is −2,600,000 of net cash provided by operating activities).
/// </summary>
internal sealed record ProseConcept(QName Concept, ConceptDataType DataType, PeriodType PeriodType, int Sign, string Label);
