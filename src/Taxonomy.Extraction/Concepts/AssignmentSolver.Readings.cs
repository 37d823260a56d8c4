namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Which of the equally cheap readings of the label-less rows stand: those that read the most of the statement's
/// required items (net income, total assets) on free rows; of them, those that read the most free rows as totals (each
/// a calculation the printed figures satisfy, where a component satisfies none: a reading that sums cash at the
/// beginning of the year and the year's change into a financing total explains less of the statement than one that
/// reads them as the roll-forward they are); and of those, the ones whose items the calculations count about
/// as often as the most central reading's do (each item counted once for every total that holds it as a child or a
/// condensed part). One count more is no evidence: it is how the taxonomy happens to be drawn (selling, general and
/// administrative expense is a child of one total more than operating expenses are), so readings within it both stand
/// and the rows they read differently are ambiguous.
/// </summary>
internal sealed partial class AssignmentSolver
{
    private const int CentralityMargin = 1;

    private List<Snapshot> Standing()
    {
        if (_solutions.Count == 0) return [];
        var ranked = _solutions.Select(s => (Reading: s, Required: RequiredRead(s), Centrality: Centrality(s))).ToList();
        int mostRequired = ranked.Max(r => r.Required);
        ranked.RemoveAll(r => r.Required < mostRequired);
        int mostTotals = ranked.Max(r => r.Reading.Totals);
        ranked.RemoveAll(r => r.Reading.Totals < mostTotals);
        int most = ranked.Max(r => r.Centrality);
        return ranked.Where(r => r.Centrality >= most - CentralityMargin).Select(r => r.Reading).ToList();
    }

    private int RequiredRead(Snapshot reading)
    {
        int required = 0;
        for (int r = 0; r < _rows.Length; r++)
        {
            if (reading.Kind[r] == 1 && _rows[r].Fixed is null && _concepts[reading.ConceptOf[r]].Required) required++;
        }
        return required;
    }

    private int Centrality(Snapshot reading)
    {
        int centrality = 0;
        for (int r = 0; r < _rows.Length; r++)
        {
            if (reading.Kind[r] == 1 && _rows[r].Fixed is null) centrality += _centralityOf[reading.ConceptOf[r]];
        }
        return centrality;
    }
}
