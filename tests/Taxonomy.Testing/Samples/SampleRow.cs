namespace Taxonomy.Testing.Samples;

/// <summary>What a printed row holds.</summary>
internal enum SampleRowKind
{
    Heading,
    Money,
    PerShare,
    Shares,
}

/// <summary>One printed row of a sample statement: its label, the concept it reports, and its two values in base units.</summary>
internal sealed record SampleRow(string Label, string Concept, SampleRowKind Kind, Pair Values, bool Dollar)
{
    public static SampleRow Heading(string label) => new(label, string.Empty, SampleRowKind.Heading, default, false);

    public bool IsHeading => Kind == SampleRowKind.Heading;

    public string Unit => Kind switch
    {
        SampleRowKind.PerShare => "USD/shares",
        SampleRowKind.Shares => "shares",
        _ => "USD",
    };
}
