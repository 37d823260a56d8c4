using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// The comprehensive income of a company without noncontrolling interests is its net income plus its other comprehensive
/// income. The schema's calculation of <c>ComprehensiveIncomeNetOfTax</c> is us-gaap's (the consolidated comprehensive
/// income less the noncontrolling interests' share), which a statement printing only net income, other comprehensive
/// income and comprehensive income leaves unchecked; the other comprehensive income includes the noncontrolling
/// interests' portion, so this alternative holds only when the document reports nothing of theirs (no share, no
/// consolidated amount including one, no equity of theirs) for any period.
/// </summary>
internal static class ComprehensiveIncomeWithoutNoncontrolling
{
    private const string Total = "ComprehensiveIncomeNetOfTax";

    private static readonly string[] Parts = ["NetIncomeLoss", "OtherComprehensiveIncomeLossNetOfTax"];

    /// <summary>Adds a summation finding when the statement's comprehensive income is not its net income plus its other comprehensive income.</summary>
    public static void Check(List<ValidationFinding> findings, StatementDefinition definition, FactLookup facts, Period period)
    {
        if (definition.Kind != StatementKind.IncomeStatement || definition.FindProperty(Total) is not { } total || facts.Term(total, period) is not { } totalTerm) return;
        var terms = new CalculationTerm[Parts.Length];
        for (int i = 0; i < Parts.Length; i++)
        {
            if (definition.FindProperty(Parts[i]) is not { } part || facts.Term(part, period) is not { } term) return;
            terms[i] = term;
        }
        if (facts.ReportsNoncontrollingInterests) return;
        var found = new List<ValidationFinding>();
        StatementRules.Summation(found, total, period, totalTerm, terms);
        foreach (var finding in found)
        {
            findings.Add(finding with
            {
                Message = $"{finding.Message} With no noncontrolling interests reported, comprehensive income is us-gaap:{Parts[0]} + us-gaap:{Parts[1]}.",
            });
        }
    }
}
