using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Narrative;

/// <summary>Every phrase prose may name a concept with: the catalog's labels and synonyms, then the prose vocabulary.</summary>
internal sealed class PhraseIndex
{
    private readonly (string Phrase, ProseConcept Concept)[] _phrases;

    public PhraseIndex(ConceptCatalog catalog)
    {
        var byPhrase = new Dictionary<string, ProseConcept?>(StringComparer.Ordinal);
        foreach (var statement in catalog.Statements)
        {
            if (statement.Kind is StatementKind.DocumentAndEntityInformation) continue;
            foreach (var concept in statement.Concepts)
            {
                if (concept.DataType != ConceptDataType.Monetary) continue;
                var prose = new ProseConcept(concept.Concept, concept.DataType, concept.PeriodType, 1, concept.Labels.Standard);
                foreach (var label in concept.Labels.All())
                {
                    string key = LabelNormalizer.Normalize(label);
                    if (key.Length < 4 || key.Contains(" net loss ", StringComparison.Ordinal)) continue;
                    if (byPhrase.TryGetValue(key, out var existing) && existing is not null && existing.Concept != prose.Concept)
                    {
                        byPhrase[key] = null; // names two concepts: not usable from prose
                        continue;
                    }
                    byPhrase.TryAdd(key, prose);
                }
            }
        }
        foreach (var (phrase, concept) in ProseVocabulary.Entries)
        {
            // The vocabulary knows the sign a wording carries, so it wins over a catalog label of the same words.
            byPhrase[phrase] = concept;
        }
        _phrases = byPhrase.Where(p => p.Value is not null).Select(p => (" " + p.Key + " ", p.Value!))
            .OrderByDescending(p => p.Item1.Length).ThenBy(p => p.Item1, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Known phrases found in <paramref name="normalized"/> between positions, as (start, end, concept).</summary>
    public List<(int Start, int End, ProseConcept Concept)> FindIn(string normalized, int from, int to)
    {
        var found = new List<(int, int, ProseConcept)>();
        foreach (var (phrase, concept) in _phrases)
        {
            int at = Math.Max(0, from - 1); // the phrase's leading space sits one before its first letter
            while ((at = normalized.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0 && at + phrase.Length - 1 <= to)
            {
                int start = at + 1, end = at + phrase.Length - 1;
                if (!found.Any(f => f.Item1 <= start && end <= f.Item2)) found.Add((start, end, concept));
                at++;
            }
        }
        return found;
    }

    /// <summary>The longest known phrase that starts at <paramref name="position"/> (a word start) in <paramref name="normalized"/>.</summary>
    public (int End, ProseConcept Concept)? StartingAt(string normalized, int position)
    {
        foreach (var (phrase, concept) in _phrases)
        {
            if (string.CompareOrdinal(normalized, position - 1, phrase, 0, phrase.Length) == 0) return (position - 1 + phrase.Length - 1, concept);
        }
        return null;
    }
}
