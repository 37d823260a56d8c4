using System.Text;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>One damaged copy of an input: what was done to it, and the bytes to extract.</summary>
public sealed record Mutation(string Name, byte[] Bytes);

/// <summary>
/// Deterministic damage to a filing, the ways input breaks in the wild: cut short, lines lost or repeated, bytes
/// overwritten, tags left open or closed twice, pathological nesting, numbers no decimal can hold, and bytes that
/// are not UTF-8. The same name and content always give the same mutations (the seed comes from the name).
/// </summary>
public static class Mutations
{
    /// <summary>Nesting depth of the deep-nesting mutations.</summary>
    public const int NestingDepth = 10_000;

    /// <summary>A 400-digit number: far beyond <see cref="decimal"/> (29 digits) and <see cref="double"/>'s exact range.</summary>
    public static readonly string FourHundredDigits = "9" + new string('8', 398) + "7";

    /// <summary>Every mutation of <paramref name="original"/>.</summary>
    public static IEnumerable<Mutation> Of(string name, byte[] original)
    {
        var random = new Random(StableSeed(name));
        string text = Encoding.UTF8.GetString(original);

        foreach (double fraction in new[] { 0.0, 1.0 / 3, 2.0 / 3 })
        {
            yield return new($"truncated at {fraction:0.00}", original[..(int)(original.Length * fraction)]);
        }
        yield return new("truncated at a random byte", original[..random.Next(original.Length + 1)]);
        yield return new("every tenth line deleted", Utf8(EditLines(text, random, (line, keep) => keep ? [line] : [])));
        yield return new("every tenth line duplicated", Utf8(EditLines(text, random, (line, keep) => keep ? [line] : [line, line])));
        yield return new("random byte runs", RandomByteRuns(original, random));
        yield return new("invalid UTF-8 sequences", InvalidUtf8(original, random));
        yield return new("unbalanced HTML", Utf8(UnbalancedHtml(text, random)));
        yield return new("10,000 nested div", Utf8(InsertAtLine(text, random, string.Concat(Enumerable.Repeat("<div>", NestingDepth)) + "Revenues\t1,234")));
        yield return new("10,000 nested tables", Utf8(InsertAtLine(text, random, string.Concat(Enumerable.Repeat("<table><tr><td>", NestingDepth)) + "Revenues</td><td>1,234")));
        yield return new("400-digit and 1e309 numbers in table cells", Utf8(HugeNumbers(text)));
        yield return new("digits of another script in a third of the lines", Utf8(OtherScriptDigits(text, random)));
    }

    /// <summary>ASCII digits replaced by Arabic-Indic ones (which <c>\d</c> matches too) in about a third of the lines.</summary>
    private static string OtherScriptDigits(string text, Random random)
    {
        var builder = new StringBuilder(text.Length);
        bool replacing = random.Next(3) == 0;
        foreach (char c in text)
        {
            builder.Append(replacing && char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c);
            if (c == '\n') replacing = random.Next(3) == 0;
        }
        return builder.ToString();
    }

    /// <summary>A deterministic seed from a name (string.GetHashCode differs between processes).</summary>
    public static int StableSeed(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name) hash = (hash ^ c) * 16777619;
        return (int)(hash & 0x7FFFFFFF);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Applies <paramref name="edit"/> to each line; one line in ten (chosen at random) gets keep = false.</summary>
    private static string EditLines(string text, Random random, Func<string, bool, string[]> edit)
    {
        var lines = text.Split('\n');
        var output = new List<string>(lines.Length + lines.Length / 8);
        foreach (string line in lines) output.AddRange(edit(line, random.Next(10) != 0));
        return string.Join('\n', output);
    }

    private static byte[] RandomByteRuns(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        if (bytes.Length == 0) return bytes;
        for (int run = 0; run < 8; run++)
        {
            int start = random.Next(bytes.Length);
            int length = Math.Min(random.Next(1, 64), bytes.Length - start);
            random.NextBytes(bytes.AsSpan(start, length));
        }
        return bytes;
    }

    private static readonly byte[][] BadUtf8 =
    [
        [0xC3, 0x28],             // a lead byte followed by ASCII
        [0xFF],                   // never valid
        [0xC0, 0xAF],             // overlong '/'
        [0xED, 0xA0, 0x80],       // an encoded surrogate
        [0xE2, 0x82],             // a sequence cut short
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0x80, 0x80, 0x80],       // continuation bytes alone
    ];

    private static byte[] InvalidUtf8(byte[] original, Random random)
    {
        var output = new List<byte>(original.Length + 64);
        var positions = Enumerable.Range(0, 12).Select(_ => random.Next(original.Length + 1)).Order().ToList();
        int next = 0;
        for (int i = 0; i <= original.Length; i++)
        {
            while (next < positions.Count && positions[next] == i) output.AddRange(BadUtf8[next++ % BadUtf8.Length]);
            if (i < original.Length) output.Add(original[i]);
        }
        return [.. output];
    }

    private static readonly string[] OpenTags = ["<table>", "<tr>", "<td>", "<div>", "<p>", "<b>", "<pre>", "<table><tr><td colspan=\"999999999\">", "<!--", "<![CDATA[", "<script>"];
    private static readonly string[] CloseTags = ["</table>", "</tr>", "</td>", "</div>", "</p>", "</html>", "</body>", "</pre>", "-->", "]]>"];

    private static string UnbalancedHtml(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (int i = 0; i < 20; i++)
        {
            var tags = random.Next(2) == 0 ? OpenTags : CloseTags;
            int at = random.Next(lines.Count);
            lines[at] = tags[random.Next(tags.Length)] + lines[at];
        }
        // A closing tag lost: the first end of a table (if any) goes away.
        int tableEnd = text.IndexOf("</table>", StringComparison.OrdinalIgnoreCase);
        string joined = string.Join('\n', lines);
        if (tableEnd >= 0) joined = joined.Remove(joined.IndexOf("</table>", StringComparison.OrdinalIgnoreCase), "</table>".Length);
        return joined;
    }

    private static string InsertAtLine(string text, Random random, string insertion)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), insertion);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Grouped numbers (<c>1,234</c>, the form table values take in text and HTML alike) replaced in turn by a 400-digit
    /// number, <c>1e309</c>, <c>-1e309</c> and a 30-digit grouped number; a row of them is appended as well.
    /// </summary>
    private static string HugeNumbers(string text)
    {
        string[] replacements = [FourHundredDigits, "1e309", "-1e309", "(" + FourHundredDigits + ")", "79,228,162,514,264,337,593,543,950,336"];
        var builder = new StringBuilder(text.Length + 2048);
        int count = 0, last = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsGroupedNumberAt(text, i, out int end)) continue;
            builder.Append(text, last, i - last).Append(replacements[count++ % replacements.Length]);
            last = i = end;
            if (count == 40) break;
        }
        builder.Append(text, last, text.Length - last);
        builder.Append("\nTotal revenues\t$\t").Append(FourHundredDigits).Append("\t$\t1e309\n");
        return builder.ToString();
    }

    private static bool IsGroupedNumberAt(string text, int i, out int end)
    {
        end = i;
        if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == ','))) return false;
        int j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        if (j - i > 3 || j + 3 >= text.Length || text[j] != ',') return false;
        while (j + 3 < text.Length && text[j] == ',' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3])) j += 4;
        end = j;
        return j > i + 3;
    }
}
