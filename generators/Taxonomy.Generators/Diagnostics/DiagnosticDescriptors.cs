using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Taxonomy.Generators.Diagnostics
{
    /// <summary>Every diagnostic the taxonomy generator reports, each located in the schema file it is about.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Taxonomy";

        public static readonly DiagnosticDescriptor InvalidJson = Error("TAX001", "Schema is not valid JSON", "The schema is not valid JSON: {0}");
        public static readonly DiagnosticDescriptor MissingKeyword = Error("TAX002", "Required keyword missing", "{1} has no '{0}' keyword, which is required");
        public static readonly DiagnosticDescriptor WrongKind = Error("TAX003", "Keyword has the wrong JSON kind", "'{0}' must be {1}, but is {2}");
        public static readonly DiagnosticDescriptor UnknownValue = Error("TAX004", "Unknown keyword value", "'{1}' is not a valid value of '{0}'; expected one of {2}");
        public static readonly DiagnosticDescriptor MissingCalculationChild = Error("TAX005", "Calculation child does not exist", "The calculation of '{0}' names '{1}', which is not a line item of this schema");
        public static readonly DiagnosticDescriptor CalculationCycle = Error("TAX006", "Calculation cycle", "The calculation of '{0}' is circular: {1}");
        public static readonly DiagnosticDescriptor DuplicateConcept = Error("TAX007", "Duplicate concept", "'{0}' reports concept {1}, which '{2}' already reports for the same period (use a different x-periodAnchor)");
        public static readonly DiagnosticDescriptor InvalidWeight = Error("TAX008", "Invalid calculation weight", "The weight of '{1}' in the calculation of '{0}' is {2}; a weight must be 1 or -1");
        public static readonly DiagnosticDescriptor InvalidIdentifier = Error("TAX009", "Invalid C# identifier", "'{0}' ({1}) is not a valid C# identifier");
        public static readonly DiagnosticDescriptor UndeclaredPrefix = Error("TAX010", "Undeclared namespace prefix", "The prefix '{0}' of concept '{1}' is not declared in x-namespaces");
        public static readonly DiagnosticDescriptor BalanceOnNonMonetary = Error("TAX011", "x-balance on a non-monetary item", "'{0}' is {1}; only monetary items have an x-balance");
        public static readonly DiagnosticDescriptor PerShareOfOnNonPerShare = Error("TAX012", "x-perShareOf on an item that is not per-share", "'{0}' is {1}; only perShare items have x-perShareOf");
        public static readonly DiagnosticDescriptor MissingReferencedItem = Error("TAX013", "Referenced line item does not exist", "{0} names '{1}', which is not a line item of this schema");
        public static readonly DiagnosticDescriptor IdentityMissingItem = Error("TAX014", "Identity names a missing line item", "The identity names '{0}', which is not a line item of this schema");
        public static readonly DiagnosticDescriptor UnknownKeyword = Warning("TAX015", "Unknown keyword", "Unknown keyword '{0}' in {1} is ignored");
        public static readonly DiagnosticDescriptor InternalError = Error("TAX016", "Internal generator error", "The taxonomy generator failed on this schema: {0}");
        public static readonly DiagnosticDescriptor DurationInInstantStatement = Error("TAX017", "Duration item in an instant statement", "'{0}' is a duration item, but the statement's period is an instant");
        public static readonly DiagnosticDescriptor InvalidQName = Error("TAX018", "Invalid concept name", "'{0}' is not a prefixed concept name (prefix:LocalName)");
        public static readonly DiagnosticDescriptor PeriodAnchorNotApplicable = Error("TAX019", "x-periodAnchor not applicable", "'{0}' has x-periodAnchor, which applies only to instant items in a duration statement");
        public static readonly DiagnosticDescriptor NonNumericOperand = Error("TAX020", "Non-numeric item in a numeric rule", "{0} uses '{1}', which is {2}; only monetary, perShare, shares and pure items can take part");
        public static readonly DiagnosticDescriptor DuplicateJsonProperty = Error("TAX021", "Duplicate JSON property", "The property '{0}' appears twice in the same object");
        public static readonly DiagnosticDescriptor ReservedName = Error("TAX022", "Reserved property name", "'{0}' cannot be a line item: the generated statement has a member of that name");
        public static readonly DiagnosticDescriptor NonNegativeOnNonNumeric = Error("TAX023", "x-nonNegative on a non-numeric item", "'{0}' is {1}; only numeric items can be x-nonNegative");
        public static readonly DiagnosticDescriptor DuplicateStatement = Error("TAX024", "Duplicate statement type", "Another schema already generates {0}; this one is not generated");
        public static readonly DiagnosticDescriptor NoLineItems = Warning("TAX025", "Statement has no line items", "The schema for {0} has no line items");
        public static readonly DiagnosticDescriptor CalculationPeriodMismatch = Error("TAX026", "Duration total over an instant item", "'{0}' is {1}, but its calculation child '{2}' is {3}; a flow cannot be the sum of balances");
        public static readonly DiagnosticDescriptor InvalidNamespaceUri = Error("TAX027", "Invalid namespace URI", "The namespace of prefix '{0}' is '{1}', which is not an absolute URI");
        public static readonly DiagnosticDescriptor InvalidPrefix = Error("TAX028", "Invalid namespace prefix", "'{0}' is not a valid namespace prefix (an XML name without a colon)");
        public static readonly DiagnosticDescriptor EmptyLabel = Error("TAX029", "Empty label", "The {0} label of '{1}' is empty");
        public static readonly DiagnosticDescriptor DuplicateCalculationChild = Error("TAX030", "Calculation child listed twice", "The calculation of '{0}' lists '{1}' more than once");
        public static readonly DiagnosticDescriptor EmptyCalculation = Error("TAX031", "Empty calculation", "The calculation of '{0}' has no children; omit x-calculation instead");
        public static readonly DiagnosticDescriptor SelfIdentity = Error("TAX032", "Identity of an item with itself", "The identity equates '{0}' with itself, which checks nothing");
        public static readonly DiagnosticDescriptor InvalidSupersession = Error("TAX033", "Invalid x-supersededBy", "x-supersededBy of '{0}': {1}");
        public static readonly DiagnosticDescriptor InvalidClassification = Error("TAX034", "Invalid x-classifiedAs", "x-classifiedAs of '{0}': {1}");
        public static readonly DiagnosticDescriptor InvalidCounterpart = Error("TAX035", "Invalid x-counterpartOf", "x-counterpartOf of '{0}': {1}");
        public static readonly DiagnosticDescriptor InvalidPrintedBelow = Error("TAX036", "Invalid x-printedBelow", "x-printedBelow of '{0}': {1}");

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
            InvalidJson, MissingKeyword, WrongKind, UnknownValue, MissingCalculationChild, CalculationCycle, DuplicateConcept,
            InvalidWeight, InvalidIdentifier, UndeclaredPrefix, BalanceOnNonMonetary, PerShareOfOnNonPerShare, MissingReferencedItem,
            IdentityMissingItem, UnknownKeyword, InternalError, DurationInInstantStatement, InvalidQName, PeriodAnchorNotApplicable,
            NonNumericOperand, DuplicateJsonProperty, ReservedName, NonNegativeOnNonNumeric, DuplicateStatement, NoLineItems,
            CalculationPeriodMismatch, InvalidNamespaceUri, InvalidPrefix, EmptyLabel, DuplicateCalculationChild, EmptyCalculation,
            SelfIdentity, InvalidSupersession, InvalidClassification, InvalidCounterpart, InvalidPrintedBelow);

        public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

        public static DiagnosticDescriptor Find(string id) => ById[id];

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
        {
            var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var d in descriptors) index.Add(d.Id, d);
            return index;
        }
    }
}
