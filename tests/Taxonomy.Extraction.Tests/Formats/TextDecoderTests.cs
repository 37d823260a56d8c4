using System.Text;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>Bytes that are not UTF-8 are read as Windows-1252, the code page of older EDGAR text.</summary>
public class TextDecoderTests
{
    private static byte[] Bytes(string ascii, params (int At, byte Value)[] high)
    {
        var bytes = Encoding.ASCII.GetBytes(ascii);
        foreach (var (at, value) in high) bytes[at] = value;
        return bytes;
    }

    [Fact]
    public void Quotes_and_dashes_of_windows_1252_become_their_unicode_characters()
    {
        // "?Kites? ? sold ? caf?" with 0x93/0x94 quotes, 0x96 en dash, 0x97 em dash and 0xE9 (é, as in Latin-1).
        var bytes = Bytes("?Kites? ? sold ? caf?", (0, 0x93), (6, 0x94), (8, 0x96), (15, 0x97), (20, 0xE9));
        Assert.Equal("\u201CKites\u201D \u2013 sold \u2014 caf\u00E9", TextDecoder.Decode(bytes, "kites.txt"));
    }

    [Fact]
    public void Every_byte_of_the_high_control_range_but_the_five_undefined_ones_is_a_printable_character()
    {
        var bytes = Enumerable.Range(0x80, 32).Select(b => (byte)b).Prepend((byte)'x').ToArray();
        string text = TextDecoder.Decode(bytes, "all.txt");
        Assert.Equal('\u20AC', text[1]);
        Assert.Equal('\u0178', text[^1]);
        var undefined = text[1..].Select((c, i) => (Byte: 0x80 + i, Char: c)).Where(x => x.Char == (char)x.Byte).Select(x => x.Byte).ToList();
        Assert.Equal([0x81, 0x8D, 0x8F, 0x90, 0x9D], undefined);
    }

    [Fact]
    public void Valid_utf8_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Kites \u2014 caf\u00E9");
        Assert.Equal("Kites \u2014 caf\u00E9", TextDecoder.Decode(bytes, "utf8.txt"));
    }

    [Fact]
    public void An_em_dash_byte_in_a_table_cell_is_nil_not_a_shifted_column()
    {
        const string text = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025.\n\n" +
            "STATEMENTS OF OPERATIONS\n(in thousands)\n\tThree Months Ended June 30,\n\t2025\t2024\n" +
            "Product revenue\t3,000\t2,800\nService revenue\t?\t1,700\nTotal revenues\t3,000\t4,500\n";
        var bytes = Encoding.ASCII.GetBytes(text);
        bytes[text.IndexOf('?', StringComparison.Ordinal)] = 0x97;
        var result = FilingExtractor.Extract(bytes, new ExtractionOptions { Catalog = Fictional.Catalog, SourceName = "bluefin.txt" });
        var service = result.Report.Facts.Where(f => f.Concept.LocalName == "ServiceRevenue").ToList();
        Assert.Equal(1_700_000m, Assert.Single(service, f => f.Period == Period.Parse("2024-04-01/2024-06-30")).NumericValue);
        Assert.DoesNotContain(service, f => f.Period == Period.Parse("2025-04-01/2025-06-30") && f.NumericValue != 0m);
    }
}
