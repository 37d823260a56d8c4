using System.Globalization;
using System.Text;

namespace Taxonomy.Extraction.Tests.Support;

/// <summary>
/// The text lines of a fictional statement in the extraction's plain-text form (one row a line, cells tab-separated,
/// a "$" cell before dollar amounts, negatives as "(50" then ")"): a heading (company, title, scale), column headers,
/// then rows and captions. The tests give every number themselves, so each statement foots as its test writes it.
/// </summary>
public sealed class FictionalStatement
{
    /// <summary>The fictional company of the statements.</summary>
    public const string Company = "NORTHWIND ORCHARDS INC.";

    private readonly StringBuilder text = new();

    private FictionalStatement(IEnumerable<string> heading)
    {
        foreach (string line in heading) Line(line);
    }

    /// <summary>A statement whose heading is <paramref name="lines"/> as given (an older filing's period lines under its title).</summary>
    public static FictionalStatement Headed(params string[] lines) => new(lines);

    /// <summary>A statement titled <paramref name="title"/> of <paramref name="company"/> (none when null) in <paramref name="scale"/>, each after a blank line.</summary>
    public static FictionalStatement Titled(string title, string scale, string? company = Company) =>
        new(company is null ? [title, "", scale, ""] : [company, "", title, "", scale, ""]);

    /// <summary>A balance sheet with one column a date.</summary>
    public static FictionalStatement BalanceSheet(string scale, params string[] dates) =>
        Titled("BALANCE SHEETS", scale).Header(dates);

    /// <summary>A line of column headers, its first cell empty.</summary>
    public FictionalStatement Header(params string[] cells) => Line("\t" + string.Join('\t', cells));

    /// <summary>A row of amounts printed with a dollar sign.</summary>
    public FictionalStatement Dollars(string label, params decimal[] amounts) => Row(label, "$", amounts);

    /// <summary>A row of amounts printed without one (<paramref name="label"/> empty: a net line under a deduction).</summary>
    public FictionalStatement Row(string label, params decimal[] amounts) => Row(label, "", amounts);

    /// <summary>A line printed as given: a caption, or a row in a layout of its own.</summary>
    public FictionalStatement Line(string line)
    {
        text.Append(line).Append('\n');
        return this;
    }

    /// <summary>The statement's text.</summary>
    public override string ToString() => text.ToString();

    /// <summary>The statement's text.</summary>
    public static implicit operator string(FictionalStatement statement) => statement.ToString();

    private FictionalStatement Row(string label, string sign, decimal[] amounts)
    {
        text.Append(label);
        foreach (decimal amount in amounts) text.Append('\t').Append(sign).Append('\t').Append(Printed(amount));
        text.Append('\n');
        return this;
    }

    // "1,200", "0.40", "(50<tab>)": the decimals the test wrote, a negative in parentheses with its closing one in a cell of its own.
    private static string Printed(decimal amount)
    {
        string digits = Math.Abs(amount).ToString(amount.Scale == 0 ? "#,0" : "#,0." + new string('0', amount.Scale), CultureInfo.InvariantCulture);
        return amount < 0 ? "(" + digits + "\t)" : digits;
    }
}
