using System.Collections.Generic;
using System.Text.Json;

namespace Taxonomy.Generators.Parsing
{
    /// <summary>Reads schema bytes into a <see cref="JsonNode"/> tree whose spans are character offsets.</summary>
    internal static class JsonTreeReader
    {
        /// <summary>The root, plus the names of properties that repeat inside one object.</summary>
        public static JsonNode Read(SchemaText text, List<JsonProperty> duplicates)
        {
            var reader = new Utf8JsonReader(text.Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (!reader.Read()) throw new JsonException("The document is empty.", null, 0, 0);
            var root = ReadValue(ref reader, text, duplicates);
            if (reader.Read()) throw new JsonException("Unexpected content after the end of the document.", null, 0, reader.TokenStartIndex);
            return root;
        }

        /// <summary>A string token's value; an escaped lone surrogate ("\ud800") is invalid JSON text here, reported where the string starts.</summary>
        private static string StringValue(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (System.InvalidOperationException ex)
            {
                throw new JsonException("A string is not valid Unicode text: " + ex.Message, null, 0, reader.TokenStartIndex);
            }
        }

        private static JsonNode ReadValue(ref Utf8JsonReader reader, SchemaText text, List<JsonProperty> duplicates)
        {
            int start = text.CharOffset(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    var node = new JsonNode(JsonNodeKind.Object, start, 0);
                    var seen = new HashSet<string>(System.StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        string name = StringValue(ref reader);
                        long nameStartByte = reader.TokenStartIndex;
                        long nameEndByte = nameStartByte + reader.ValueSpan.Length + 2;
                        int nameStart = text.CharOffset(nameStartByte);
                        int nameLength = text.CharOffset(nameEndByte) - nameStart;
                        reader.Read();
                        var value = ReadValue(ref reader, text, duplicates);
                        var property = new JsonProperty(name, nameStart, nameLength, value);
                        if (seen.Add(name)) node.Properties.Add(property);
                        else duplicates.Add(property);
                    }
                    node.Length = text.CharOffset(reader.BytesConsumed) - start;
                    return node;
                }
                case JsonTokenType.StartArray:
                {
                    var node = new JsonNode(JsonNodeKind.Array, start, 0);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Items.Add(ReadValue(ref reader, text, duplicates));
                    }
                    node.Length = text.CharOffset(reader.BytesConsumed) - start;
                    return node;
                }
                case JsonTokenType.String:
                {
                    long end = reader.TokenStartIndex + reader.ValueSpan.Length + 2;
                    return new JsonNode(JsonNodeKind.String, start, text.CharOffset(end) - start) { Text = StringValue(ref reader) };
                }
                case JsonTokenType.Number:
                {
                    long end = reader.TokenStartIndex + reader.ValueSpan.Length;
                    string raw = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                    return new JsonNode(JsonNodeKind.Number, start, text.CharOffset(end) - start) { Text = raw };
                }
                default:
                {
                    long end = reader.TokenStartIndex + reader.ValueSpan.Length;
                    var kind = reader.TokenType switch
                    {
                        JsonTokenType.True => JsonNodeKind.True,
                        JsonTokenType.False => JsonNodeKind.False,
                        _ => JsonNodeKind.Null,
                    };
                    return new JsonNode(kind, start, text.CharOffset(end) - start);
                }
            }
        }
    }
}
