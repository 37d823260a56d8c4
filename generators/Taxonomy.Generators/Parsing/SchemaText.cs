using System.Collections.Generic;
using System.Text;
using Taxonomy.Generators.Model;

namespace Taxonomy.Generators.Parsing
{
    /// <summary>A schema's text as UTF-8 bytes, with maps from byte offsets to character offsets and to line positions.</summary>
    internal sealed class SchemaText
    {
        private readonly int[] _charOfByte;
        private readonly int[] _byteOfChar;
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public SchemaText(string path, string text)
        {
            Path = path;
            // A byte order mark would stop Utf8JsonReader; a space keeps every offset.
            Text = text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text;
            Bytes = Encoding.UTF8.GetBytes(Text);
            _charOfByte = new int[Bytes.Length + 1];
            _byteOfChar = new int[Text.Length + 1];
            int b = 0;
            for (int c = 0; c < Text.Length; c++)
            {
                _byteOfChar[c] = b;
                int width;
                char ch = Text[c];
                if (char.IsHighSurrogate(ch) && c + 1 < Text.Length && char.IsLowSurrogate(Text[c + 1]))
                {
                    width = 4;
                    _byteOfChar[c + 1] = b;
                }
                else
                {
                    width = ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
                }
                for (int i = 0; i < width; i++) _charOfByte[b + i] = c;
                b += width;
                if (width == 4) c++;
                if (ch == '\n') _lineStarts.Add(c + 1);
                else if (ch == '\r' && (c + 1 >= Text.Length || Text[c + 1] != '\n')) _lineStarts.Add(c + 1);
            }
            _charOfByte[Bytes.Length] = Text.Length;
            _byteOfChar[Text.Length] = Bytes.Length;
        }

        public string Path { get; }

        public string Text { get; }

        public byte[] Bytes { get; }

        public int CharOffset(long byteOffset) =>
            byteOffset <= 0 ? 0 : byteOffset >= Bytes.Length ? Text.Length : _charOfByte[byteOffset];

        /// <summary>The character offset of a position given as a 0-based line and a byte offset within the line.</summary>
        public int CharOffset(long line, long bytePositionInLine)
        {
            if (line < 0) line = 0;
            if (line >= _lineStarts.Count) return Text.Length;
            long lineStartByte = _byteOfChar[_lineStarts[(int)line]];
            return CharOffset(lineStartByte + bytePositionInLine);
        }

        public LocationInfo Location(int start, int length)
        {
            if (start < 0) start = 0;
            if (start > Text.Length) start = Text.Length;
            if (length < 0 || start + length > Text.Length) length = Text.Length - start;
            var (startLine, startChar) = LinePosition(start);
            var (endLine, endChar) = LinePosition(start + length);
            return new LocationInfo(Path, start, length, startLine, startChar, endLine, endChar);
        }

        private (int Line, int Character) LinePosition(int offset)
        {
            int low = 0, high = _lineStarts.Count - 1;
            while (low < high)
            {
                int mid = (low + high + 1) / 2;
                if (_lineStarts[mid] <= offset) low = mid;
                else high = mid - 1;
            }
            return (low, offset - _lineStarts[low]);
        }
    }
}
