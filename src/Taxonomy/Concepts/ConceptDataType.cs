namespace Taxonomy.Concepts;

/// <summary>The data type of a line item, which fixes its C# type, its JSON shape and its XBRL unit.</summary>
public enum ConceptDataType
{
    /// <summary>Money (<c>xbrli:monetaryItemType</c>), <see cref="MonetaryAmount"/>, unit <c>iso4217:USD</c>.</summary>
    Monetary,
    /// <summary>Money per share (<c>dtr-types:perShareItemType</c>), <see cref="PerShareAmount"/>, unit <c>iso4217:USD/xbrli:shares</c>.</summary>
    PerShare,
    /// <summary>Shares (<c>xbrli:sharesItemType</c>), <see cref="ShareCount"/>, unit <c>xbrli:shares</c>.</summary>
    Shares,
    /// <summary>A pure number (<c>xbrli:pureItemType</c>), <see cref="PureNumber"/>, unit <c>xbrli:pure</c>.</summary>
    Pure,
    /// <summary>Text (<c>xbrli:stringItemType</c>), <see cref="string"/>.</summary>
    String,
    /// <summary>A date (<c>xbrli:dateItemType</c>), <see cref="DateOnly"/>.</summary>
    Date,
}

/// <summary>The XBRL balance attribute of a monetary concept.</summary>
public enum BalanceType
{
    /// <summary>No balance (non-monetary items, or monetary items that have none).</summary>
    None,
    /// <summary>Debit: assets, expenses.</summary>
    Debit,
    /// <summary>Credit: liabilities, equity, revenues.</summary>
    Credit,
}

/// <summary>Which instant of a duration statement an instant item is reported at.</summary>
public enum PeriodAnchor
{
    /// <summary>The statement period's end (the default).</summary>
    End,
    /// <summary>The day before the statement period's first day (opening balances).</summary>
    Start,
}

/// <summary>What a statement is, for finding its tables in a filing.</summary>
public enum StatementKind
{
    /// <summary>Balance sheet (statement of financial position).</summary>
    BalanceSheet,
    /// <summary>Income statement (statement of operations).</summary>
    IncomeStatement,
    /// <summary>Cash flow statement.</summary>
    CashFlow,
    /// <summary>Document and entity information (cover page).</summary>
    DocumentAndEntityInformation,
    /// <summary>Anything else a consumer defines.</summary>
    Other,
}
