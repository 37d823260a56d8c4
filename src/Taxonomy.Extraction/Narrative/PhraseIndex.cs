using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Narrative;

/// <summary>Every phrase prose may name a concept with: the catalog's labels and synonyms, then the prose vocabulary.</summary>
internal sealed class PhraseIndex
{
    private readonly (string Phrase, ProseConcept Concept)[] _phrases;

    // The phrases by their first word, each list in the order of _phrases (longest first): only those can start at a word.
    private readonly Dictionary<string, (string Phrase, ProseConcept Concept, int Order)[]> _byFirstWord;
    private readonly Dictionary<string, (string Phrase, ProseConcept Concept, int Order)[]>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    // The per-share items by the total they divide and the shares they divide it by ("Income (loss) from continuing
    // operations per diluted share"), and every per-share item's shares.
    private readonly Dictionary<(QName Total, Dilutions Shares), QName> _perShareOf = [];
    private readonly Dictionary<QName, Dilutions> _sharesOf = [];

    public PhraseIndex(ConceptCatalog catalog)
    {
        foreach (var statement in catalog.Statements)
        {
            foreach (var concept in statement.Concepts)
            {
                if (concept.DataType != ConceptDataType.PerShare || concept.PerShareOf is not { } of) continue;
                if (statement.Concepts.FirstOrDefault(c => c.PropertyName == of.Numerator) is not { } total) continue;
                var shares = DilutionWords.Of(LabelNormalizer.Normalize(concept.Labels.Standard));
                if (shares == Dilutions.None) continue;
                _perShareOf.TryAdd((total.Concept, shares), concept.Concept);
                _sharesOf.TryAdd(concept.Concept, shares);
            }
        }
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
                    byPhrase.TryAdd(key, NamesLossSide(key, concept.Concept) ? prose with { Sign = -1 } : prose);
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
        _byFirstWord = _phrases.Select((p, i) => (p.Phrase, p.Concept, Order: i))
            .GroupBy(p => FirstWord(p.Phrase).ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// True when a label names only the loss side of an income-or-loss (or gain-or-loss) concept ("loss from operations",
    /// "operating loss" for OperatingIncomeLoss): "loss from operations was $4.1 million" is −4.1 million of it.
    /// </summary>
    private static bool NamesLossSide(string key, QName concept)
    {
        if (!SignedItems.HasALossSide(concept.LocalName)) return false;
        // "loss before income taxes": the tax's words are not the measure's side.
        var words = (" " + key + " ").Replace(" income taxes ", " taxes ", StringComparison.Ordinal).Replace(" income tax ", " tax ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w is "loss" or "losses") && !words.Any(w => w is "income" or "profit" or "profits" or "earnings" or "gain" or "gains");
    }

    /// <summary>
    /// The per-share item of <paramref name="total"/> over the shares <paramref name="earningsPerShare"/> (an earnings-per-share
    /// item the words "per diluted share" name) divides by: earnings per share itself for net income and the profit
    /// totals it is stated for, the catalog's item of that total otherwise ("loss from continuing operations …, or $0.04 per
    /// diluted share"); null for a total the catalog states no per-share item of ("operating income …, or $0.15 per
    /// diluted share").
    /// </summary>
    public QName? PerShareOf(QName total, QName earningsPerShare)
    {
        if (IsEarningsPerShareTotal(total)) return earningsPerShare;
        return _sharesOf.TryGetValue(earningsPerShare, out var shares) && _perShareOf.TryGetValue((total, shares), out var item) ? item : null;
    }

    /// <summary>Net income's totals, whose per-share amount is earnings per share: the parent's, the common stockholders', the whole group's profit.</summary>
    private static bool IsEarningsPerShareTotal(QName total) => total.LocalName is "NetIncomeLoss" or "ProfitLoss"
        or "NetIncomeLossAvailableToCommonStockholdersBasic" or "NetIncomeLossAvailableToCommonStockholdersDiluted";

    /// <summary>The word after the space at <paramref name="at"/> in <paramref name="text"/>, up to the next space.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text, int at = 0)
    {
        var rest = text[(at + 1)..];
        int space = rest.IndexOf(' ');
        return space < 0 ? rest : rest[..space];
    }

    private ReadOnlySpan<(string Phrase, ProseConcept Concept, int Order)> StartingWith(string normalized, int at) =>
        at < normalized.Length && normalized[at] == ' ' && _firstWordLookup.TryGetValue(FirstWord(normalized, at), out var phrases) ? phrases : [];

    /// <summary>Known phrases found in <paramref name="normalized"/> between positions, as (start, end, concept).</summary>
    /// <remarks>Longer phrases claim their words first; a phrase inside one already found is not found again.</remarks>
    public List<(int Start, int End, ProseConcept Concept)> FindIn(string normalized, int from, int to)
    {
        // Every occurrence, taken in the order of the phrase list and then of position.
        var occurrences = new List<(int Order, int At, int Length, ProseConcept Concept)>();
        for (int at = Math.Max(0, from - 1); at <= to && at < normalized.Length; at++) // the phrase's leading space sits one before its first letter
        {
            foreach (var (phrase, concept, order) in StartingWith(normalized, at))
            {
                if (at + phrase.Length - 1 <= to && string.CompareOrdinal(normalized, at, phrase, 0, phrase.Length) == 0) occurrences.Add((order, at, phrase.Length, concept));
            }
        }
        occurrences.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.At.CompareTo(b.At));
        var found = new List<(int, int, ProseConcept)>();
        foreach (var (_, at, length, concept) in occurrences)
        {
            int start = at + 1, end = at + length - 1;
            if (!found.Any(f => f.Item1 <= start && end <= f.Item2)) found.Add((start, end, concept));
        }
        return found;
    }

    /// <summary>The longest known phrase that starts at <paramref name="position"/> (a word start) in <paramref name="normalized"/>.</summary>
    public (int End, ProseConcept Concept)? StartingAt(string normalized, int position)
    {
        if (position < 1) return null;
        foreach (var (phrase, concept, _) in StartingWith(normalized, position - 1))
        {
            if (string.CompareOrdinal(normalized, position - 1, phrase, 0, phrase.Length) == 0) return (position - 1 + phrase.Length - 1, concept);
        }
        return null;
    }
}
