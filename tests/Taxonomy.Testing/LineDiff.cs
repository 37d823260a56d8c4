using System.Text;

namespace Taxonomy.Testing;

/// <summary>A readable line diff (longest common subsequence) for snapshot failures.</summary>
public static class LineDiff
{
    /// <summary>Lines only in <paramref name="expected"/> prefixed <c>-</c>, only in <paramref name="actual"/> <c>+</c>, with line numbers; at most <paramref name="maxLines"/> lines.</summary>
    public static string Describe(string expected, string actual, int maxLines = 60)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        if ((long)a.Length * b.Length > 25_000_000) return $"(texts too long to diff: {a.Length} vs {b.Length} lines)";
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var output = new StringBuilder();
        int shown = 0, x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && shown < maxLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; continue; }
            if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                output.Append("+ ").Append(y + 1).Append(": ").AppendLine(b[y]);
                y++;
            }
            else
            {
                output.Append("- ").Append(x + 1).Append(": ").AppendLine(a[x]);
                x++;
            }
            shown++;
        }
        if (shown == maxLines) output.AppendLine("(diff cut)");
        return output.ToString();
    }
}
