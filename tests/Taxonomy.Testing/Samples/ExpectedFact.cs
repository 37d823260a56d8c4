using System.Globalization;

namespace Taxonomy.Testing.Samples;

/// <summary>
/// A fact the sample filing states, in truth-file terms, computed from the numbers the sample was built from.
/// </summary>
/// <param name="Concept">A us-gaap local name (<c>Revenues</c>) or <c>extension:&lt;label&gt;</c> for a line the taxonomy lacks.</param>
/// <param name="Label">The row's label as printed (even when a variant hides it).</param>
/// <param name="Period">Truth-file form: <c>YYYY-MM-DD</c> or <c>YYYY-MM-DD/YYYY-MM-DD</c>, inclusive.</param>
/// <param name="Value">Base units (dollars, shares), scale applied.</param>
/// <param name="Decimals">XBRL decimals: −3 for thousands, −6 for millions, 2 for cents, −5 for "$X.X million".</param>
/// <param name="Unit"><c>USD</c>, <c>USD/shares</c> or <c>shares</c>.</param>
/// <param name="Statement"><c>balance</c>, <c>income</c> or <c>narrative</c>.</param>
public sealed record ExpectedFact(string Concept, string Label, string Period, decimal Value, int Decimals, string Unit, string Statement)
{
    /// <summary>The prefix of concepts the taxonomy lacks.</summary>
    public const string ExtensionPrefix = "extension:";

    /// <summary>True for a line the taxonomy lacks (any concept with the right value and period is correct).</summary>
    public bool IsExtension => Concept.StartsWith(ExtensionPrefix, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Concept} {Period} = {Value.ToString(CultureInfo.InvariantCulture)} {Unit} (decimals {Decimals.ToString(CultureInfo.InvariantCulture)}, {Statement})";
}
