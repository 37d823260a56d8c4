using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taxonomy.Generators.Diagnostics;
using Taxonomy.Generators.Model;

namespace Taxonomy.Generators.Parsing
{
    /// <summary>Reads the statement vocabulary (see BRIEF-VOCAB / the schemas' README) from a JSON tree, reporting every problem it finds.</summary>
    internal sealed class StatementReader
    {
        private static readonly string[] PeriodTypes = { "instant", "duration" };
        private static readonly string[] DataTypes = { "monetary", "perShare", "shares", "pure", "string", "date" };
        private static readonly string[] Balances = { "debit", "credit" };
        private static readonly string[] Anchors = { "end", "start" };
        private static readonly string[] Kinds = { "balanceSheet", "incomeStatement", "cashFlow", "documentAndEntityInformation", "other" };

        private static readonly HashSet<string> SchemaKeywords = new HashSet<string>(StringComparer.Ordinal) { "x-statement", "x-namespaces" };
        private static readonly HashSet<string> StatementKeywords = new HashSet<string>(StringComparer.Ordinal) { "namespace", "periodType", "kind", "titles", "identities" };
        private static readonly HashSet<string> ItemKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "x-concept", "x-dataType", "x-periodType", "x-balance", "x-labels", "x-calculation", "x-periodAnchor", "x-nonNegative", "x-required", "x-perShareOf",
            "x-supersededBy", "x-classifiedAs", "x-counterpartOf", "x-printedBelow",
        };
        private static readonly HashSet<string> LabelKeywords = new HashSet<string>(StringComparer.Ordinal) { "standard", "terse", "total", "negated", "synonyms" };

        /// <summary>Members of the generated statement class (and its concepts class) that a line item cannot be named.</summary>
        private static readonly HashSet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Period", "Metadata", "Definition", "GetValue", "ToFacts", "FromFacts", "Validate", "All",
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        private readonly SchemaText _text;
        private readonly DiagnosticBag _diagnostics;

        public StatementReader(SchemaText text, DiagnosticBag diagnostics)
        {
            _text = text;
            _diagnostics = diagnostics;
        }

        public StatementModel? Read(JsonNode root)
        {
            if (root.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticDescriptors.WrongKind, At(root), "schema", "an object", root.KindName);
                return null;
            }
            var rootLocation = _text.Location(root.Start, 1);
            WarnUnknownXKeywords(root, SchemaKeywords, "the schema");

            string? title = RequiredString(root, "title", "The schema", rootLocation);
            if (title is not null && !Identifiers.IsValid(title))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, At(root.Find("title")!.Value), title, "title");
            }
            string? description = OptionalString(root, "description");

            string? ns = null;
            PeriodKind? statementPeriod = null;
            var kind = StatementKindModel.Other;
            var titles = new List<string>();
            var identities = new List<(JsonNode Node, string Left, string Right)>();
            var statement = RequiredObject(root, "x-statement", "The schema", rootLocation);
            if (statement is not null)
            {
                var statementLocation = NameAt(root.Find("x-statement")!);
                WarnUnknownKeys(statement, StatementKeywords, "x-statement");
                ns = RequiredString(statement, "namespace", "x-statement", statementLocation);
                if (ns is not null && !Identifiers.IsValidNamespace(ns))
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, At(statement.Find("namespace")!.Value), ns, "namespace");
                }
                statementPeriod = RequiredEnum(statement, "periodType", "x-statement", statementLocation, PeriodTypes) switch
                {
                    0 => PeriodKind.Instant,
                    1 => PeriodKind.Duration,
                    _ => null,
                };
                int kindIndex = OptionalEnum(statement, "kind", Kinds);
                if (kindIndex >= 0) kind = (StatementKindModel)kindIndex;
                titles.AddRange(OptionalStringArray(statement, "titles"));
                var identitiesNode = OptionalKind(statement, "identities", JsonNodeKind.Array, "an array");
                if (identitiesNode is not null)
                {
                    foreach (var identity in ObjectEntries(identitiesNode, "identities[]", IdentityKeys, "an identity"))
                    {
                        var where = _text.Location(identity.Start, 1);
                        string? left = RequiredString(identity, "left", "The identity", where);
                        string? right = RequiredString(identity, "right", "The identity", where);
                        if (left is not null && right is not null && left == right)
                        {
                            Report(DiagnosticDescriptors.SelfIdentity, At(identity.Find("right")!.Value), left);
                        }
                        else if (left is not null && right is not null)
                        {
                            identities.Add((identity, left, right));
                        }
                    }
                }
            }

            var namespaces = new List<NamespaceModel>();
            var namespacesNode = RequiredObject(root, "x-namespaces", "The schema", rootLocation);
            if (namespacesNode is not null)
            {
                foreach (var entry in namespacesNode.Properties)
                {
                    if (entry.Value.Kind != JsonNodeKind.String) Report(DiagnosticDescriptors.WrongKind, At(entry.Value), "x-namespaces." + entry.Name, "a string", entry.Value.KindName);
                    else if (!Identifiers.IsNCName(entry.Name)) Report(DiagnosticDescriptors.InvalidPrefix, NameAt(entry), entry.Name);
                    else if (!IsAbsoluteUri(entry.Value.Text!)) Report(DiagnosticDescriptors.InvalidNamespaceUri, At(entry.Value), entry.Name, entry.Value.Text!);
                    else namespaces.Add(new NamespaceModel(entry.Name, entry.Value.Text!));
                }
            }

            var declaredPrefixes = namespacesNode is null ? null : new HashSet<string>(namespacesNode.Properties.Select(p => p.Name), StringComparer.Ordinal);
            var items = new List<ItemRead>();
            var properties = RequiredObject(root, "properties", "The schema", rootLocation);
            if (properties is not null)
            {
                foreach (var property in properties.Properties)
                {
                    if (property.Name == "period") continue;
                    var item = ReadItem(property, declaredPrefixes, statementPeriod, title);
                    if (item is not null) items.Add(item);
                }
                if (items.Count == 0 && properties.Properties.Count == 0)
                {
                    Report(DiagnosticDescriptors.NoLineItems, NameAt(root.Find("properties")!), title ?? "this statement");
                }
            }

            CheckCrossReferences(items, identities);

            if (title is null || ns is null || statementPeriod is null) return null;
            var usedPrefixes = new HashSet<string>(items.Select(i => i.Model.Prefix), StringComparer.Ordinal);
            return new StatementModel(
                title,
                description,
                ns,
                statementPeriod.Value,
                kind,
                titles.ToEquatableArray(),
                namespaces.Where(n => usedPrefixes.Contains(n.Prefix)).ToEquatableArray(),
                identities.Select(i => new IdentityModel(i.Left, i.Right)).ToEquatableArray(),
                items.Select(i => i.Model).ToEquatableArray());
        }

        /// <param name="declaredPrefixes">The prefixes x-namespaces declares (valid or not, so a bad declaration is reported once); null without x-namespaces.</param>
        private ItemRead? ReadItem(JsonProperty property, HashSet<string>? declaredPrefixes, PeriodKind? statementPeriod, string? title)
        {
            var nameLocation = NameAt(property);
            if (!Identifiers.IsValid(property.Name))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, nameLocation, property.Name, "property name");
            }
            else if (ReservedNames.Contains(property.Name) || property.Name == title)
            {
                Report(DiagnosticDescriptors.ReservedName, nameLocation, property.Name);
            }
            var node = property.Value;
            if (node.Kind != JsonNodeKind.Object)
            {
                Report(DiagnosticDescriptors.WrongKind, At(node), property.Name, "an object", node.KindName);
                return null;
            }
            WarnUnknownXKeywords(node, ItemKeywords, "'" + property.Name + "'");
            string where = "'" + property.Name + "'";

            string? concept = RequiredString(node, "x-concept", where, nameLocation);
            string prefix = string.Empty, localName = string.Empty;
            if (concept is not null)
            {
                var conceptLocation = At(node.Find("x-concept")!.Value);
                int colon = concept.IndexOf(':');
                if (colon <= 0 || !Identifiers.IsNCName(concept.Substring(0, colon)) || !Identifiers.IsNCName(concept.Substring(colon + 1)))
                {
                    Report(DiagnosticDescriptors.InvalidQName, conceptLocation, concept);
                    concept = null;
                }
                else
                {
                    prefix = concept.Substring(0, colon);
                    localName = concept.Substring(colon + 1);
                    if (declaredPrefixes is not null && !declaredPrefixes.Contains(prefix))
                    {
                        Report(DiagnosticDescriptors.UndeclaredPrefix, conceptLocation, prefix, concept);
                    }
                }
            }

            int dataTypeIndex = RequiredEnum(node, "x-dataType", where, nameLocation, DataTypes);
            int periodIndex = RequiredEnum(node, "x-periodType", where, nameLocation, PeriodTypes);
            var dataType = (DataTypeKind)Math.Max(dataTypeIndex, 0);
            var periodType = periodIndex == 0 ? PeriodKind.Instant : PeriodKind.Duration;
            if (periodIndex == 1 && statementPeriod == PeriodKind.Instant)
            {
                Report(DiagnosticDescriptors.DurationInInstantStatement, At(node.Find("x-periodType")!.Value), property.Name);
            }

            var balance = BalanceKind.None;
            int balanceIndex = OptionalEnum(node, "x-balance", Balances);
            if (balanceIndex >= 0)
            {
                balance = balanceIndex == 0 ? BalanceKind.Debit : BalanceKind.Credit;
                if (dataTypeIndex >= 0 && dataType != DataTypeKind.Monetary)
                {
                    Report(DiagnosticDescriptors.BalanceOnNonMonetary, NameAt(node.Find("x-balance")!), property.Name, DataTypes[dataTypeIndex]);
                }
            }

            var anchor = AnchorKind.End;
            int anchorIndex = OptionalEnum(node, "x-periodAnchor", Anchors);
            if (anchorIndex >= 0)
            {
                anchor = anchorIndex == 0 ? AnchorKind.End : AnchorKind.Start;
                bool applies = periodIndex == 0 && statementPeriod == PeriodKind.Duration;
                if (!applies && periodIndex >= 0 && statementPeriod is not null)
                {
                    Report(DiagnosticDescriptors.PeriodAnchorNotApplicable, NameAt(node.Find("x-periodAnchor")!), property.Name);
                }
            }

            bool nonNegative = OptionalBool(node, "x-nonNegative") ?? false;
            if (nonNegative && dataTypeIndex >= 0 && dataType is DataTypeKind.String or DataTypeKind.Date)
            {
                Report(DiagnosticDescriptors.NonNegativeOnNonNumeric, NameAt(node.Find("x-nonNegative")!), property.Name, DataTypes[dataTypeIndex]);
            }
            bool required = OptionalBool(node, "x-required") ?? false;
            string? description = OptionalString(node, "description");

            LabelsModel? labels = null;
            var labelsNode = RequiredObject(node, "x-labels", where, nameLocation);
            if (labelsNode is not null)
            {
                WarnUnknownKeys(labelsNode, LabelKeywords, "x-labels of " + where);
                string? standard = RequiredString(labelsNode, "standard", "x-labels of " + where, NameAt(node.Find("x-labels")!));
                CheckLabelsNotEmpty(labelsNode, property.Name);
                labels = new LabelsModel(
                    standard ?? property.Name,
                    OptionalString(labelsNode, "terse"),
                    OptionalString(labelsNode, "total"),
                    OptionalString(labelsNode, "negated"),
                    OptionalStringArray(labelsNode, "synonyms").ToEquatableArray());
            }

            var calculation = new List<(CalculationChildModel Child, JsonNode ItemNode)>();
            var calculationProperty = node.Find("x-calculation");
            var calculationNode = OptionalKind(node, "x-calculation", JsonNodeKind.Array, "an array");
            if (calculationNode is not null)
            {
                foreach (var entry in ObjectEntries(calculationNode, "x-calculation[]", CalculationKeys, "x-calculation of " + where))
                {
                    var entryLocation = _text.Location(entry.Start, 1);
                    string? child = RequiredString(entry, "item", "A calculation entry of " + where, entryLocation);
                    var weightNode = RequiredKind(entry, "weight", JsonNodeKind.Number, "a number", "A calculation entry of " + where, entryLocation);
                    if (child is null || weightNode is null) continue;
                    int weight = 0;
                    if (decimal.TryParse(weightNode.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && (w == 1m || w == -1m))
                    {
                        weight = (int)w;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidWeight, At(weightNode), property.Name, child, weightNode.Text ?? "?");
                        continue;
                    }
                    if (calculation.Any(c => c.Child.Item == child))
                    {
                        Report(DiagnosticDescriptors.DuplicateCalculationChild, At(entry.Find("item")!.Value), property.Name, child);
                        continue;
                    }
                    calculation.Add((new CalculationChildModel(child, weight), entry.Find("item")!.Value));
                }
                if (calculationNode.Items.Count == 0) Report(DiagnosticDescriptors.EmptyCalculation, NameAt(calculationProperty!), property.Name);
            }

            string? numerator = null, denominator = null;
            JsonNode? numeratorNode = null, denominatorNode = null;
            var perShareNode = OptionalKind(node, "x-perShareOf", JsonNodeKind.Object, "an object");
            if (perShareNode is not null)
            {
                var perShareLocation = NameAt(node.Find("x-perShareOf")!);
                if (dataTypeIndex >= 0 && dataType != DataTypeKind.PerShare)
                {
                    Report(DiagnosticDescriptors.PerShareOfOnNonPerShare, perShareLocation, property.Name, DataTypes[dataTypeIndex]);
                }
                WarnUnknownKeys(perShareNode, PerShareKeys, "x-perShareOf of " + where);
                numerator = RequiredString(perShareNode, "numerator", "x-perShareOf of " + where, perShareLocation);
                denominator = RequiredString(perShareNode, "denominator", "x-perShareOf of " + where, perShareLocation);
                numeratorNode = perShareNode.Find("numerator")?.Value;
                denominatorNode = perShareNode.Find("denominator")?.Value;
                if (numerator is null || denominator is null) numerator = denominator = null;
            }

            var (supersededBy, successorNode) = ReadSupersession(node, property.Name, where);
            var (classifiedAs, classifiedNode, totalNode) = ReadClassification(node, property.Name, where);
            var (counterpartOf, counterpartNode) = ReadCounterpart(node, property.Name, where);
            var (printedBelow, printedBelowNode) = ReadPrintedBelow(node, property.Name, where);

            if (concept is null || dataTypeIndex < 0 || periodIndex < 0 || labels is null) return null;
            var model = new LineItemModel(
                property.Name, prefix, localName, dataType, periodType, balance, anchor, labels, description,
                calculation.Select(c => c.Child).ToEquatableArray(), nonNegative, required, numerator, denominator, supersededBy, classifiedAs, counterpartOf, printedBelow);
            return new ItemRead(model, property, node.Find("x-concept")!.Value, calculationProperty, calculation.Select(c => c.ItemNode).ToList(), numeratorNode, denominatorNode)
            {
                SuccessorNode = successorNode,
                ClassifiedNode = classifiedNode,
                TotalNode = totalNode,
                CounterpartNode = counterpartNode,
                PrintedBelowNode = printedBelowNode,
            };
        }

        /// <summary>
        /// x-printedBelow: <c>{ "item": "&lt;property&gt;", "reason": "..." }</c> (reason optional); whether the item exists,
        /// reports the same kind of value and is not one of this item's own calculation is checked with the other cross-references.
        /// </summary>
        private (PrintedBelowModel? Model, JsonNode? ItemNode) ReadPrintedBelow(JsonNode node, string name, string where)
        {
            var (item, reason, itemNode) = ReadItemReference(node, "x-printedBelow", name, where, DiagnosticDescriptors.InvalidPrintedBelow, "an item cannot be printed below itself");
            return item is null ? (null, null) : (new PrintedBelowModel(item, reason), itemNode);
        }

        /// <summary>
        /// x-counterpartOf: <c>{ "item": "&lt;property&gt;", "reason": "..." }</c> (reason optional); whether the item exists
        /// and reports the same kind of value is checked with the other cross-references.
        /// </summary>
        private (CounterpartModel? Model, JsonNode? ItemNode) ReadCounterpart(JsonNode node, string name, string where)
        {
            var (item, reason, itemNode) = ReadItemReference(node, "x-counterpartOf", name, where, DiagnosticDescriptors.InvalidCounterpart, "an item cannot be its own counterpart");
            return item is null ? (null, null) : (new CounterpartModel(item, reason), itemNode);
        }

        /// <summary>
        /// A keyword of the form <c>{ "item": "&lt;property&gt;", "reason": "..." }</c>: the item (another line item than
        /// <paramref name="name"/>), the reason (optional, not empty) and the item's node; a null item when the keyword is
        /// absent or invalid (reported with <paramref name="invalid"/>).
        /// </summary>
        private (string? Item, string? Reason, JsonNode? ItemNode) ReadItemReference(JsonNode node, string keyword, string name, string where, Microsoft.CodeAnalysis.DiagnosticDescriptor invalid, string itself)
        {
            var reference = OptionalKind(node, keyword, JsonNodeKind.Object, "an object");
            if (reference is null) return (null, null, null);
            string within = keyword + " of " + where;
            WarnUnknownKeys(reference, ItemReferenceKeys, within);
            string? item = RequiredString(reference, "item", within, NameAt(node.Find(keyword)!));
            if (item is null) return (null, null, null);
            var itemNode = reference.Find("item")!.Value;
            if (item == name)
            {
                Report(invalid, At(itemNode), name, itself);
                return (null, null, null);
            }
            string? reason = OptionalString(reference, "reason");
            if (reason is not null && string.IsNullOrWhiteSpace(reason))
            {
                Report(invalid, At(reference.Find("reason")!.Value), name, "the reason is empty");
                return (null, null, null);
            }
            return (item, reason, itemNode);
        }

        /// <summary>
        /// x-classifiedAs: <c>{ "item": "&lt;property&gt;", "below" | "under": "&lt;property&gt;", "reason": "..." }</c> (one of
        /// below and under; reason optional); whether the items exist and fit is checked with the other cross-references.
        /// </summary>
        private (ClassificationModel? Model, JsonNode? ItemNode, JsonNode? TotalNode) ReadClassification(JsonNode node, string name, string where)
        {
            var classification = OptionalKind(node, "x-classifiedAs", JsonNodeKind.Object, "an object");
            if (classification is null) return (null, null, null);
            string within = "x-classifiedAs of " + where;
            var location = NameAt(node.Find("x-classifiedAs")!);
            WarnUnknownKeys(classification, ClassificationKeys, within);
            string? counterpart = RequiredString(classification, "item", within, location);
            bool hasBelow = classification.Find("below") is not null, hasUnder = classification.Find("under") is not null;
            if (hasBelow == hasUnder)
            {
                Report(DiagnosticDescriptors.InvalidClassification, location, name,
                    hasBelow ? "name either 'below' or 'under', not both" : "'below' (a total printed above the line) or 'under' (the total the line is printed in) is required");
                return (null, null, null);
            }
            string key = hasBelow ? "below" : "under";
            string? total = RequiredString(classification, key, within, location);
            if (counterpart is null || total is null) return (null, null, null);
            var itemNode = classification.Find("item")!.Value;
            var totalNode = classification.Find(key)!.Value;
            if (counterpart == name)
            {
                Report(DiagnosticDescriptors.InvalidClassification, At(itemNode), name, "an item cannot be its own classified counterpart");
                return (null, null, null);
            }
            if (total == name || total == counterpart)
            {
                Report(DiagnosticDescriptors.InvalidClassification, At(totalNode), name, "the total that classifies the line must be a third item, not '" + total + "'");
                return (null, null, null);
            }
            string? reason = OptionalString(classification, "reason");
            if (reason is not null && string.IsNullOrWhiteSpace(reason))
            {
                Report(DiagnosticDescriptors.InvalidClassification, At(classification.Find("reason")!.Value), name, "the reason is empty");
                return (null, null, null);
            }
            return (new ClassificationModel(counterpart, total, hasUnder, reason), itemNode, totalNode);
        }

        /// <summary>
        /// x-supersededBy: <c>{ "item": "&lt;property&gt;", "from": "yyyy-MM-dd", "reason": "..." }</c> (reason optional);
        /// whether the item exists is checked with the other cross-references.
        /// </summary>
        private (SupersessionModel? Model, JsonNode? ItemNode) ReadSupersession(JsonNode node, string name, string where)
        {
            var supersession = OptionalKind(node, "x-supersededBy", JsonNodeKind.Object, "an object");
            if (supersession is null) return (null, null);
            string within = "x-supersededBy of " + where;
            var location = NameAt(node.Find("x-supersededBy")!);
            WarnUnknownKeys(supersession, SupersessionKeys, within);
            string? successor = RequiredString(supersession, "item", within, location);
            string? from = RequiredString(supersession, "from", within, location);
            if (successor is null || from is null) return (null, null);
            var itemNode = supersession.Find("item")!.Value;
            if (!DateTime.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Report(DiagnosticDescriptors.InvalidSupersession, At(supersession.Find("from")!.Value), name, "'" + from + "' is not a date (yyyy-MM-dd)");
                return (null, null);
            }
            if (successor == name)
            {
                Report(DiagnosticDescriptors.InvalidSupersession, At(itemNode), name, "an item cannot supersede itself");
                return (null, null);
            }
            string? reason = OptionalString(supersession, "reason");
            if (reason is not null && string.IsNullOrWhiteSpace(reason))
            {
                Report(DiagnosticDescriptors.InvalidSupersession, At(supersession.Find("reason")!.Value), name, "the reason is empty");
                return (null, null);
            }
            return (new SupersessionModel(successor, date.Year, date.Month, date.Day, reason), itemNode);
        }

        private void CheckCrossReferences(List<ItemRead> items, List<(JsonNode Node, string Left, string Right)> identities)
        {
            var byName = new Dictionary<string, ItemRead>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!byName.ContainsKey(item.Model.Name)) byName.Add(item.Model.Name, item);
            }

            var concepts = new Dictionary<(string, AnchorKind), ItemRead>();
            foreach (var item in items)
            {
                var key = (item.Model.QName, item.Model.Anchor);
                if (concepts.TryGetValue(key, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateConcept, At(item.ConceptNode), item.Model.Name, item.Model.QName, first.Model.Name);
                }
                else
                {
                    concepts.Add(key, item);
                }
            }

            var validEdges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var edges = new List<string>();
                validEdges[item.Model.Name] = edges;
                for (int i = 0; i < item.Model.Calculation.Count; i++)
                {
                    var child = item.Model.Calculation[i];
                    var childNode = item.CalculationItemNodes[i];
                    if (!byName.TryGetValue(child.Item, out var target))
                    {
                        Report(DiagnosticDescriptors.MissingCalculationChild, At(childNode), item.Model.Name, child.Item);
                        continue;
                    }
                    edges.Add(child.Item);
                    // An instant total may roll forward from an opening instant and a duration change (cash at end =
                    // cash at start + net change); a flow cannot be the sum of balances.
                    if (!item.Model.IsNumeric) Report(DiagnosticDescriptors.NonNumericOperand, NameAt(item.CalculationProperty!), "The calculation of '" + item.Model.Name + "'", item.Model.Name, DataTypeName(item.Model));
                    if (!target.Model.IsNumeric) Report(DiagnosticDescriptors.NonNumericOperand, At(childNode), "The calculation of '" + item.Model.Name + "'", child.Item, DataTypeName(target.Model));
                    else if (item.Model.PeriodType == PeriodKind.Duration && target.Model.PeriodType == PeriodKind.Instant)
                    {
                        Report(DiagnosticDescriptors.CalculationPeriodMismatch, At(childNode), item.Model.Name, PeriodName(item.Model), child.Item, PeriodName(target.Model));
                    }
                }
            }

            ReportCycles(items, validEdges);

            foreach (var (node, left, right) in identities)
            {
                foreach (var (name, key) in new[] { (left, "left"), (right, "right") })
                {
                    var valueNode = node.Find(key)!.Value;
                    if (!byName.TryGetValue(name, out var target)) Report(DiagnosticDescriptors.IdentityMissingItem, At(valueNode), name);
                    else if (!target.Model.IsNumeric) Report(DiagnosticDescriptors.NonNumericOperand, At(valueNode), "The identity", name, DataTypeName(target.Model));
                }
            }

            // An item that stands in for another (its successor, its classified counterpart, its counterpart in another
            // section) must exist and report the same kind of value. A missing item is TAX013, or the keyword's own
            // diagnostic when it reports that too (x-counterpartOf).
            void CheckSameKind(LineItemModel item, string other, LocationInfo at, string where, Microsoft.CodeAnalysis.DiagnosticDescriptor mismatch, string verb, bool missingIsMismatch = false)
            {
                if (!byName.TryGetValue(other, out var target))
                {
                    if (missingIsMismatch) Report(mismatch, at, item.Name, "'" + other + "' is not a line item of this schema");
                    else Report(DiagnosticDescriptors.MissingReferencedItem, at, where, other);
                }
                else if (target.Model.DataType != item.DataType || target.Model.PeriodType != item.PeriodType)
                {
                    Report(mismatch, at, item.Name,
                        "'" + other + "' is " + DataTypeName(target.Model) + " " + PeriodName(target.Model) + ", but the item it " + verb + " is " + DataTypeName(item) + " " + PeriodName(item));
                }
            }

            // Whether the calculation of 'total' sums 'item', at any depth (cycles are reported elsewhere and end the walk).
            bool SumsOver(string total, string item)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var open = new Stack<string>();
                open.Push(total);
                while (open.Count > 0)
                {
                    string name = open.Pop();
                    if (!seen.Add(name) || !byName.TryGetValue(name, out var read)) continue;
                    foreach (var child in read.Model.Calculation)
                    {
                        if (child.Item == item) return true;
                        open.Push(child.Item);
                    }
                }
                return false;
            }

            foreach (var item in items)
            {
                if (item.Model.SupersededBy is not { } supersession) continue;
                string where = "x-supersededBy of '" + item.Model.Name + "'";
                CheckSameKind(item.Model, supersession.Item, At(item.SuccessorNode!), where, DiagnosticDescriptors.InvalidSupersession, "supersedes");
            }

            foreach (var item in items)
            {
                if (item.Model.ClassifiedAs is not { } classification) continue;
                string where = "x-classifiedAs of '" + item.Model.Name + "'";
                CheckSameKind(item.Model, classification.Item, At(item.ClassifiedNode!), where, DiagnosticDescriptors.InvalidClassification, "classifies");
                if (!byName.TryGetValue(classification.Total, out var total)) Report(DiagnosticDescriptors.MissingReferencedItem, At(item.TotalNode!), where, classification.Total);
                else if (!total.Model.IsNumeric) Report(DiagnosticDescriptors.NonNumericOperand, At(item.TotalNode!), where, classification.Total, DataTypeName(total.Model));
                else if (classification.Under && !total.Model.Calculation.Any(c => c.Item == classification.Item))
                {
                    Report(DiagnosticDescriptors.InvalidClassification, At(item.TotalNode!), item.Model.Name,
                        "'" + classification.Item + "' is not in the calculation of '" + classification.Total + "', the total it is printed under");
                }
            }

            foreach (var item in items)
            {
                if (item.Model.CounterpartOf is not { } counterpart) continue;
                CheckSameKind(item.Model, counterpart.Item, At(item.CounterpartNode!), "x-counterpartOf of '" + item.Model.Name + "'",
                    DiagnosticDescriptors.InvalidCounterpart, "shares its wording with", missingIsMismatch: true);
            }

            foreach (var item in items)
            {
                if (item.Model.PrintedBelow is not { } printedBelow) continue;
                var at = At(item.PrintedBelowNode!);
                CheckSameKind(item.Model, printedBelow.Item, at, "x-printedBelow of '" + item.Model.Name + "'",
                    DiagnosticDescriptors.InvalidPrintedBelow, "is printed below", missingIsMismatch: true);
                if (SumsOver(item.Model.Name, printedBelow.Item) || SumsOver(printedBelow.Item, item.Model.Name))
                {
                    Report(DiagnosticDescriptors.InvalidPrintedBelow, at, item.Model.Name,
                        "'" + printedBelow.Item + "' and '" + item.Model.Name + "' are in one calculation, which already orders them");
                }
            }

            foreach (var item in items)
            {
                if (item.Model.PerShareNumerator is null) continue;
                foreach (var (name, node) in new[] { (item.Model.PerShareNumerator, item.NumeratorNode!), (item.Model.PerShareDenominator!, item.DenominatorNode!) })
                {
                    string where = "x-perShareOf of '" + item.Model.Name + "'";
                    if (!byName.TryGetValue(name, out var target)) Report(DiagnosticDescriptors.MissingReferencedItem, At(node), where, name);
                    else if (!target.Model.IsNumeric) Report(DiagnosticDescriptors.NonNumericOperand, At(node), where, name, DataTypeName(target.Model));
                }
            }
        }

        private void ReportCycles(List<ItemRead> items, Dictionary<string, List<string>> edges)
        {
            // Colours: 0 unvisited, 1 on the current path, 2 done. Each cycle is reported once, at the item where it closes.
            var colour = new Dictionary<string, int>(StringComparer.Ordinal);
            var path = new List<string>();
            var byName = items.GroupBy(i => i.Model.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            void Visit(string name)
            {
                colour[name] = 1;
                path.Add(name);
                foreach (var child in edges.TryGetValue(name, out var list) ? list : new List<string>())
                {
                    colour.TryGetValue(child, out int state);
                    if (state == 1)
                    {
                        int start = path.IndexOf(child);
                        var cycle = path.Skip(start).Concat(new[] { child });
                        var owner = byName[child];
                        Report(DiagnosticDescriptors.CalculationCycle, NameAt(owner.CalculationProperty!), child, string.Join(" -> ", cycle));
                    }
                    else if (state == 0)
                    {
                        Visit(child);
                    }
                }
                path.RemoveAt(path.Count - 1);
                colour[name] = 2;
            }

            foreach (var item in items)
            {
                colour.TryGetValue(item.Model.Name, out int state);
                if (state == 0) Visit(item.Model.Name);
            }
        }

        private static bool IsAbsoluteUri(string text) =>
            text.Trim().Length == text.Length && Uri.TryCreate(text, UriKind.Absolute, out _);

        private void CheckLabelsNotEmpty(JsonNode labelsNode, string item)
        {
            foreach (var label in labelsNode.Properties)
            {
                if (label.Value.Kind == JsonNodeKind.String && string.IsNullOrWhiteSpace(label.Value.Text))
                {
                    Report(DiagnosticDescriptors.EmptyLabel, At(label.Value), label.Name, item);
                }
                else if (label.Name == "synonyms" && label.Value.Kind == JsonNodeKind.Array)
                {
                    foreach (var synonym in label.Value.Items)
                    {
                        if (synonym.Kind == JsonNodeKind.String && string.IsNullOrWhiteSpace(synonym.Text)) Report(DiagnosticDescriptors.EmptyLabel, At(synonym), "synonym", item);
                    }
                }
            }
        }

        private static string DataTypeName(LineItemModel item) => DataTypes[(int)item.DataType];

        private static string PeriodName(LineItemModel item) =>
            item.PeriodType == PeriodKind.Duration ? "duration" : item.Anchor == AnchorKind.Start ? "instant (start)" : "instant";

        // ---- keyword helpers ----

        private string? RequiredString(JsonNode obj, string key, string where, LocationInfo whereLocation) =>
            RequiredKind(obj, key, JsonNodeKind.String, "a string", where, whereLocation)?.Text;

        private JsonNode? RequiredObject(JsonNode obj, string key, string where, LocationInfo whereLocation) =>
            RequiredKind(obj, key, JsonNodeKind.Object, "an object", where, whereLocation);

        private JsonNode? RequiredKind(JsonNode obj, string key, JsonNodeKind kind, string kindName, string where, LocationInfo whereLocation)
        {
            if (obj.Find(key) is null)
            {
                Report(DiagnosticDescriptors.MissingKeyword, whereLocation, key, where);
                return null;
            }
            return OptionalKind(obj, key, kind, kindName);
        }

        private JsonNode? OptionalKind(JsonNode obj, string key, JsonNodeKind kind, string kindName)
        {
            var property = obj.Find(key);
            if (property is null) return null;
            if (property.Value.Kind != kind)
            {
                Report(DiagnosticDescriptors.WrongKind, At(property.Value), key, kindName, property.Value.KindName);
                return null;
            }
            return property.Value;
        }

        private string? OptionalString(JsonNode obj, string key) => OptionalKind(obj, key, JsonNodeKind.String, "a string")?.Text;

        private bool? OptionalBool(JsonNode obj, string key)
        {
            var property = obj.Find(key);
            if (property is null) return null;
            if (property.Value.Kind == JsonNodeKind.True) return true;
            if (property.Value.Kind == JsonNodeKind.False) return false;
            Report(DiagnosticDescriptors.WrongKind, At(property.Value), key, "a boolean", property.Value.KindName);
            return null;
        }

        private List<string> OptionalStringArray(JsonNode obj, string key)
        {
            var result = new List<string>();
            var array = OptionalKind(obj, key, JsonNodeKind.Array, "an array of strings");
            if (array is null) return result;
            foreach (var entry in array.Items)
            {
                if (entry.Kind == JsonNodeKind.String) result.Add(entry.Text!);
                else Report(DiagnosticDescriptors.WrongKind, At(entry), key + "[]", "a string", entry.KindName);
            }
            return result;
        }

        private int RequiredEnum(JsonNode obj, string key, string where, LocationInfo whereLocation, string[] values)
        {
            if (obj.Find(key) is null)
            {
                Report(DiagnosticDescriptors.MissingKeyword, whereLocation, key, where);
                return -1;
            }
            return OptionalEnum(obj, key, values);
        }

        /// <summary>The index of the keyword's value in <paramref name="values"/>; -1 when absent or invalid (reported).</summary>
        private int OptionalEnum(JsonNode obj, string key, string[] values)
        {
            var node = OptionalKind(obj, key, JsonNodeKind.String, "a string");
            if (node is null) return -1;
            int index = Array.IndexOf(values, node.Text);
            if (index < 0) Report(DiagnosticDescriptors.UnknownValue, At(node), key, node.Text ?? string.Empty, string.Join(", ", values));
            return index;
        }

        private void WarnUnknownXKeywords(JsonNode obj, HashSet<string> known, string where)
        {
            foreach (var property in obj.Properties)
            {
                if (property.Name.StartsWith("x-", StringComparison.Ordinal) && !known.Contains(property.Name))
                {
                    Report(DiagnosticDescriptors.UnknownKeyword, NameAt(property), property.Name, where);
                }
            }
        }

        private static readonly HashSet<string> IdentityKeys = new(StringComparer.Ordinal) { "left", "right" };
        private static readonly HashSet<string> CalculationKeys = new(StringComparer.Ordinal) { "item", "weight" };
        private static readonly HashSet<string> PerShareKeys = new(StringComparer.Ordinal) { "numerator", "denominator" };
        private static readonly HashSet<string> SupersessionKeys = new(StringComparer.Ordinal) { "item", "from", "reason" };
        private static readonly HashSet<string> ClassificationKeys = new(StringComparer.Ordinal) { "item", "below", "under", "reason" };
        private static readonly HashSet<string> ItemReferenceKeys = new(StringComparer.Ordinal) { "item", "reason" };

        /// <summary>The object entries of an array keyword: any other entry is reported, unknown keys of each object warned.</summary>
        private IEnumerable<JsonNode> ObjectEntries(JsonNode array, string entryName, HashSet<string> known, string where)
        {
            foreach (var entry in array.Items)
            {
                if (entry.Kind != JsonNodeKind.Object)
                {
                    Report(DiagnosticDescriptors.WrongKind, At(entry), entryName, "an object", entry.KindName);
                    continue;
                }
                WarnUnknownKeys(entry, known, where);
                yield return entry;
            }
        }

        private void WarnUnknownKeys(JsonNode obj, HashSet<string> known, string where)
        {
            foreach (var property in obj.Properties)
            {
                if (!known.Contains(property.Name)) Report(DiagnosticDescriptors.UnknownKeyword, NameAt(property), property.Name, where);
            }
        }

        private LocationInfo At(JsonNode node) => _text.Location(node.Start, node.Length);

        private LocationInfo NameAt(JsonProperty property) => _text.Location(property.NameStart, property.NameLength);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            _diagnostics.Add(descriptor, location, arguments);

        private sealed class ItemRead
        {
            public ItemRead(LineItemModel model, JsonProperty property, JsonNode conceptNode, JsonProperty? calculationProperty, List<JsonNode> calculationItemNodes, JsonNode? numeratorNode, JsonNode? denominatorNode)
            {
                Model = model;
                Property = property;
                ConceptNode = conceptNode;
                CalculationProperty = calculationProperty;
                CalculationItemNodes = calculationItemNodes;
                NumeratorNode = numeratorNode;
                DenominatorNode = denominatorNode;
            }

            public LineItemModel Model { get; }

            public JsonProperty Property { get; }

            public JsonNode ConceptNode { get; }

            public JsonProperty? CalculationProperty { get; }

            public List<JsonNode> CalculationItemNodes { get; }

            public JsonNode? NumeratorNode { get; }

            public JsonNode? DenominatorNode { get; }

            /// <summary>The item named by x-supersededBy, when the item has one.</summary>
            public JsonNode? SuccessorNode { get; set; }

            /// <summary>The item named by x-classifiedAs, when the item has one.</summary>
            public JsonNode? ClassifiedNode { get; set; }

            /// <summary>The total named by x-classifiedAs's <c>below</c> or <c>under</c>, when the item has one.</summary>
            public JsonNode? TotalNode { get; set; }

            /// <summary>The item named by x-counterpartOf, when the item has one.</summary>
            public JsonNode? CounterpartNode { get; set; }

            /// <summary>The total named by x-printedBelow, when the item has one.</summary>
            public JsonNode? PrintedBelowNode { get; set; }
        }
    }
}
