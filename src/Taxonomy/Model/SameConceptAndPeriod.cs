using System.Runtime.InteropServices;

namespace Taxonomy;

/// <summary>
/// Facts that report the same concept for the same period as another fact: the only candidates for duplicate facts
/// (which also share entity and unit), found with one hash lookup per fact. A caller compares entity, unit or value
/// only among these, and most facts of a report are reported once.
/// </summary>
public static class SameConceptAndPeriod
{
    /// <summary>
    /// For each fact, the index of the first fact in <paramref name="facts"/> with its concept and period when at least
    /// one other fact shares them (the first fact gets its own index), or -1 when no other fact does.
    /// </summary>
    public static int[] FirstOf(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return FirstOf(facts, static fact => (fact.Concept, fact.Period));
    }

    /// <summary>As <see cref="FirstOf(IReadOnlyList{Fact})"/> for anything reported for a concept and period.</summary>
    internal static int[] FirstOf<T>(IReadOnlyList<T> items, Func<T, (QName Concept, Period Period)> conceptAndPeriod)
    {
        var firstOf = new int[items.Count];
        var seenAt = new Dictionary<(QName, Period), int>(items.Count);
        for (int i = 0; i < firstOf.Length; i++)
        {
            ref int at = ref CollectionsMarshal.GetValueRefOrAddDefault(seenAt, conceptAndPeriod(items[i]), out bool seen);
            if (!seen)
            {
                at = i;
                firstOf[i] = -1;
                continue;
            }
            firstOf[at] = at;
            firstOf[i] = at;
        }
        return firstOf;
    }
}
