namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Verbs of forecasting whose words are nouns too: "the company sees full-year revenue of $410 million", "we project
/// revenue of …", "management targets …" make a sentence an outlook; "revenue from projects was …", "sales targets" and
/// "oversees" do not. Read as a verb only right after a subject word ("company", "we", "management") or after "to"
/// ("continues to project").
/// </summary>
internal static class OutlookVerbs
{
    private static readonly string[] Verbs = ["sees", "projects", "targets", "see", "project", "target"];

    private static readonly string[] Subjects = ["company", "we", "management", "it", "corporation", "now", "also", "currently", "still"];

    // The base forms are verbs after "we", or after "to" ("plans to project"); "see" after "to" only as "continue(s) to see":
    // "pleased to see a net loss of …" is no outlook.
    private static readonly string[] BaseFormSubjects = ["to", "we"];
    private static readonly string[] Continues = ["continue", "continues"];

    /// <summary>True when a forecasting verb of <see cref="Verbs"/> stands in <paramref name="text"/> after its subject.</summary>
    public static bool Any(string text)
    {
        if (!Patterns.MayContainAny(text, "see", "project", "target")) return false;
        foreach (string verb in Verbs)
        {
            bool baseForm = !verb.EndsWith('s');
            for (int at = text.IndexOf(verb, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(verb, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + verb.Length;
                if (at > 0 && char.IsLetter(text[at - 1]) || end < text.Length && char.IsLetter(text[end])) continue;
                if (WordBefore(text, at, out int start) is not { } subject) continue;
                bool verbAfter = baseForm
                    ? BaseFormSubjects.Contains(subject) && (verb != "see" || subject == "we" || WordBefore(text, start, out _) is { } first && Continues.Contains(first))
                    : Subjects.Contains(subject);
                if (verbAfter) return true;
            }
        }
        return false;
    }

    /// <summary>The word before <paramref name="at"/> past spaces, lower-cased invariantly, and where it starts; null after punctuation.</summary>
    private static string? WordBefore(string text, int at, out int start)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start == end ? null : text[start..end].ToLowerInvariant();
    }
}
