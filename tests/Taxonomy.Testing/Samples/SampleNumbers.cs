namespace Taxonomy.Testing.Samples;

/// <summary>Two values of one line: the current period's and the comparative's.</summary>
public readonly record struct Pair(decimal Current, decimal Prior)
{
    /// <summary>Applies <paramref name="f"/> to both.</summary>
    public Pair Map(Func<decimal, decimal> f) => new(f(Current), f(Prior));

    /// <summary>The value of column 0 (current) or 1 (prior).</summary>
    public decimal this[int column] => column == 0 ? Current : Prior;

    /// <summary>Column-wise sum.</summary>
    public static Pair operator +(Pair a, Pair b) => new(a.Current + b.Current, a.Prior + b.Prior);

    /// <summary>Column-wise difference.</summary>
    public static Pair operator -(Pair a, Pair b) => new(a.Current - b.Current, a.Prior - b.Prior);
}

/// <summary>A revenue component the taxonomy has no concept for.</summary>
public sealed record RevenueLine(string Label, Pair Amount);

/// <summary>
/// The known numbers of the fictional sample company, in dollars and shares. Only the parts are given;
/// every total is computed here, so the statements foot by construction.
/// </summary>
public sealed record SampleNumbers
{
    /// <summary>Revenue components, three months (current, prior year).</summary>
    public required IReadOnlyList<RevenueLine> RevenueLines { get; init; }

    /// <summary>Research and development expense.</summary>
    public required Pair ResearchAndDevelopment { get; init; }

    /// <summary>General and administrative expense.</summary>
    public required Pair GeneralAndAdministrative { get; init; }

    /// <summary>Other income, net.</summary>
    public required Pair OtherIncome { get; init; }

    /// <summary>Income tax expense.</summary>
    public required Pair IncomeTax { get; init; }

    /// <summary>Weighted average shares outstanding, basic and diluted.</summary>
    public required Pair WeightedShares { get; init; }

    /// <summary>Cash used in operations (a positive amount used), stated only in the narrative.</summary>
    public required Pair CashUsedInOperations { get; init; }

    /// <summary>Capital expenditures, stated only in the narrative.</summary>
    public required Pair CapitalExpenditures { get; init; }

    /// <summary>Cash, cash equivalents and short-term investments (current instant, comparative instant).</summary>
    public required Pair Cash { get; init; }

    /// <summary>Other assets.</summary>
    public required Pair OtherAssets { get; init; }

    /// <summary>Current liabilities.</summary>
    public required Pair CurrentLiabilities { get; init; }

    /// <summary>Long-term liabilities.</summary>
    public required Pair NoncurrentLiabilities { get; init; }

    /// <summary>Total revenues.</summary>
    public Pair TotalRevenues => RevenueLines.Aggregate(new Pair(0m, 0m), (sum, line) => sum + line.Amount);

    /// <summary>Total operating expenses.</summary>
    public Pair OperatingExpenses => ResearchAndDevelopment + GeneralAndAdministrative;

    /// <summary>Operating income (negative: loss from operations).</summary>
    public Pair OperatingIncome => TotalRevenues - OperatingExpenses;

    /// <summary>Income before income taxes.</summary>
    public Pair PreTaxIncome => OperatingIncome + OtherIncome;

    /// <summary>Net income (negative: net loss).</summary>
    public Pair NetIncome => PreTaxIncome - IncomeTax;

    /// <summary>Earnings per share, basic and diluted, rounded to cents.</summary>
    public Pair EarningsPerShare => new(
        Math.Round(NetIncome.Current / WeightedShares.Current, 2, MidpointRounding.AwayFromZero),
        Math.Round(NetIncome.Prior / WeightedShares.Prior, 2, MidpointRounding.AwayFromZero));

    /// <summary>Total assets.</summary>
    public Pair Assets => Cash + OtherAssets;

    /// <summary>Stockholders' equity: what the assets leave after the liabilities.</summary>
    public Pair StockholdersEquity => Assets - CurrentLiabilities - NoncurrentLiabilities;

    /// <summary>Total liabilities and stockholders' equity.</summary>
    public Pair LiabilitiesAndStockholdersEquity => CurrentLiabilities + NoncurrentLiabilities + StockholdersEquity;

    /// <summary>The numbers of the default sample.</summary>
    public static SampleNumbers Default { get; } = new()
    {
        RevenueLines =
        [
            new RevenueLine("Product revenue", new Pair(42_150_000m, 38_700_000m)),
            new RevenueLine("License fees", new Pair(13_480_000m, 20_410_000m)),
            new RevenueLine("Collaboration revenue", new Pair(6_125_000m, 4_550_000m)),
        ],
        ResearchAndDevelopment = new Pair(58_420_000m, 49_115_000m),
        GeneralAndAdministrative = new Pair(21_050_000m, 18_760_000m),
        OtherIncome = new Pair(2_480_000m, 1_915_000m),
        IncomeTax = new Pair(1_140_000m, 905_000m),
        WeightedShares = new Pair(141_250_000m, 138_904_000m),
        CashUsedInOperations = new Pair(11_284_000m, 7_915_000m),
        CapitalExpenditures = new Pair(1_232_000m, 874_000m),
        Cash = new Pair(152_318_000m, 170_447_000m),
        OtherAssets = new Pair(21_906_000m, 20_785_000m),
        CurrentLiabilities = new Pair(19_876_000m, 20_412_000m),
        NoncurrentLiabilities = new Pair(15_230_000m, 14_950_000m),
    };
}
