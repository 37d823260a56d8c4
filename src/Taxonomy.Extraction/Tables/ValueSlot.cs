namespace Taxonomy.Extraction.Tables;

/// <summary>One column's cell of a row: a number, a lost value (only debris left), or a nil dash.</summary>
internal sealed record ValueSlot(NumberReading? Number, bool Lost, int Offset, string Text)
{
    /// <summary>True for a dash meaning nil: the cell is there but reports nothing.</summary>
    public bool IsNil => Number is null && !Lost;

    /// <summary>The number read cleanly (no damaged separator, nothing suspect), or null.</summary>
    public NumberReading? Clean => Number is { IsSuspect: false } n ? n : null;
}
