namespace Taxonomy.Generators.Model
{
    internal enum PeriodKind
    {
        Instant,
        Duration,
    }

    internal enum DataTypeKind
    {
        Monetary,
        PerShare,
        Shares,
        Pure,
        String,
        Date,
    }

    internal enum BalanceKind
    {
        None,
        Debit,
        Credit,
    }

    internal enum AnchorKind
    {
        End,
        Start,
    }

    internal enum StatementKindModel
    {
        BalanceSheet,
        IncomeStatement,
        CashFlow,
        DocumentAndEntityInformation,
        Other,
    }

    /// <summary>One statement schema, as the emitter needs it.</summary>
    internal sealed record StatementModel(
        string Title,
        string? Description,
        string Namespace,
        PeriodKind PeriodType,
        StatementKindModel Kind,
        EquatableArray<string> Titles,
        EquatableArray<NamespaceModel> Namespaces,
        EquatableArray<IdentityModel> Identities,
        EquatableArray<LineItemModel> Items)
    {
        public string FullName => Namespace + "." + Title;
    }

    internal sealed record NamespaceModel(string Prefix, string Uri);

    internal sealed record IdentityModel(string Left, string Right);

    internal sealed record CalculationChildModel(string Item, int Weight);

    /// <summary>The line item (<paramref name="Item"/>) that replaces this one in reports with a period ending on or after the date, and why.</summary>
    internal sealed record SupersessionModel(string Item, int Year, int Month, int Day, string? Reason);

    /// <summary>
    /// The line item (<paramref name="Item"/>) this one is reported as when printed below a row reporting <paramref name="Total"/>
    /// (a classified statement), or, when <paramref name="Under"/>, among the rows that foot to it; and why.
    /// </summary>
    internal sealed record ClassificationModel(string Item, string Total, bool Under, string? Reason);

    /// <summary>
    /// The line item (<paramref name="Item"/>) printed under the same wording as this one in another section of the
    /// statement, and why; either of the two may be printed where the other's section total stands.
    /// </summary>
    internal sealed record CounterpartModel(string Item, string? Reason);

    /// <summary>
    /// The total (<paramref name="Item"/>) whose printed row this line item, and every item its calculation sums, is
    /// printed below whenever the statement prints that row; and why.
    /// </summary>
    internal sealed record PrintedBelowModel(string Item, string? Reason);

    internal sealed record LabelsModel(string Standard, string? Terse, string? Total, string? Negated, EquatableArray<string> Synonyms);

    /// <summary>One line item (property) of a statement schema.</summary>
    internal sealed record LineItemModel(
        string Name,
        string Prefix,
        string LocalName,
        DataTypeKind DataType,
        PeriodKind PeriodType,
        BalanceKind Balance,
        AnchorKind Anchor,
        LabelsModel Labels,
        string? Description,
        EquatableArray<CalculationChildModel> Calculation,
        bool NonNegative,
        bool Required,
        string? PerShareNumerator,
        string? PerShareDenominator,
        SupersessionModel? SupersededBy = null,
        ClassificationModel? ClassifiedAs = null,
        CounterpartModel? CounterpartOf = null,
        PrintedBelowModel? PrintedBelow = null)
    {
        public string QName => Prefix + ":" + LocalName;

        public bool IsNumeric => DataType is DataTypeKind.Monetary or DataTypeKind.PerShare or DataTypeKind.Shares or DataTypeKind.Pure;
    }

    /// <summary>What parsing one schema file produced: the model (null when it has errors) and its diagnostics.</summary>
    internal sealed record SchemaParseResult(string FilePath, StatementModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Which schema file generates which type, so two files generating the same type are caught before their outputs collide.</summary>
    internal sealed record StatementKey(string FullName, string FilePath);
}
